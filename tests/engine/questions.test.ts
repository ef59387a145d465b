import { describe, expect, it } from 'vitest';
import { questionsUtiles } from '../../src/engine/saisie.ts';

describe('questions utiles selon les réponses déjà données', () => {
  it('avenant 7 : zone, exercice regroupé et coordonné ; options ⅓, ½, 1 ETP', () => {
    const q = questionsUtiles({
      structure: 'liberal',
      dateSignature: '2021-01-10',
      specialite: 'medecine-generale',
    });
    expect(q.regime).toBe('avenant7-2019');
    expect(q.champs).toEqual(
      expect.arrayContaining([
        'zoneSousDense',
        'exerciceRegroupe',
        'exerciceCoordonne',
        'patientele.mtAdultes',
      ]),
    );
    expect(q.options).toEqual(['tiers', 'demi', 'plein']);
    expect(q.champs).not.toContain('partHonorairesCliniques');
  });

  it('en zone sous-dense, l’exercice regroupé n’est plus demandé', () => {
    const q = questionsUtiles({
      structure: 'liberal',
      dateSignature: '2021-01-10',
      zoneSousDense: true,
    });
    expect(q.champs).not.toContain('exerciceRegroupe');
  });

  it('convention 2024, chirurgien : part d’honoraires cliniques, pas de zone', () => {
    const q = questionsUtiles({
      structure: 'liberal',
      dateSignature: '2025-01-10',
      specialite: 'chirurgie-viscerale',
      secteur: '1',
    });
    expect(q.champs).toContain('partHonorairesCliniques');
    expect(q.champs).not.toContain('zoneSousDense');
    expect(q.champs).not.toContain('optam');
    expect(q.champs).not.toContain('patientele.mtAdultes');
    expect(q.options).toEqual(['demi', 'plein', 'plein-et-demi', 'double']);
  });

  it('secteur 2 : l’OPTAM est demandé ; second assistant : la zone est demandée', () => {
    const q = questionsUtiles({
      structure: 'liberal',
      dateSignature: '2025-01-10',
      secteur: '2',
      option: 'double',
    });
    expect(q.champs).toEqual(expect.arrayContaining(['optam', 'zoneSousDense']));
  });

  it('centre : la zone sous-dense ne compte qu’à partir de l’accord de 2025', () => {
    expect(
      questionsUtiles({ structure: 'centre', dateSignature: '2024-01-10' }).champs,
    ).not.toContain('zoneSousDense');
    expect(questionsUtiles({ structure: 'centre', dateSignature: '2025-11-10' }).champs).toContain(
      'zoneSousDense',
    );
  });

  it('date avant tout dispositif : seule la date compte', () => {
    expect(questionsUtiles({ structure: 'liberal', dateSignature: '2018-01-01' })).toEqual({
      regime: null,
      champs: ['dateSignature'],
      options: [],
    });
  });
});

describe('contrat collectif (RULES.md §7 bis) : questions utiles', () => {
  const groupe = {
    structure: 'collectif' as const,
    formeJuridique: 'scm',
    medecinsAdherents: 4,
    tousGeneralistesHorsMepSecteur1OuOptam: true,
  };

  it('avant le 25 février 2026 : aucun dispositif, seule la date compte', () => {
    expect(questionsUtiles({ ...groupe, dateSignature: '2026-02-24' })).toEqual({
      regime: null,
      champs: ['dateSignature'],
      options: [],
    });
  });

  it('signé en juin 2026 : société, médecins, conditions, patientèle MT, ETP ; pas de bonus formation', () => {
    const q = questionsUtiles({ ...groupe, dateSignature: '2026-06-01' });
    expect(q.regime).toBe('collectif-2026');
    expect(q.options).toEqual([]);
    expect(q.champs).toEqual([
      'dateSignature',
      'formeJuridique',
      'medecinsAdherents',
      'tousGeneralistesHorsMepSecteur1OuOptam',
      'patientele.mt',
      'etp',
      'patientsDejaGagnes.mt',
      'patientsDejaGagnes.fileActive',
      'contratIndividuelEnCours',
      'carence',
      'nouveauxInstalles',
      'atteinte',
      'realise',
      'objectif',
    ]);
  });

  it('la file active du groupe ne sert à aucune règle collective : elle n’est pas demandée', () => {
    const q = questionsUtiles({ ...groupe, dateSignature: '2026-12-01' });
    expect(q.champs).not.toContain('patientele.fileActive');
    expect(q.champs).not.toContain('specialite');
    expect(q.champs).not.toContain('option');
  });

  it.each([
    ['ETP inconnu', {}, true],
    ['5 ETP pour 4 médecins', { etp: 5 }, true],
    ['4 ETP pour 4 médecins', { etp: 4 }, false],
    ['2 ETP pour 4 médecins', { etp: 2 }, false],
  ])(
    'signé le 1er décembre 2026, %s : maîtres de stage et terrain de stage demandés = %s',
    (_cas, extra, demandes) => {
      const q = questionsUtiles({ ...groupe, dateSignature: '2026-12-01', ...extra });
      expect(q.champs.includes('maitresDeStage')).toBe(demandes);
      expect(q.champs.includes('terrainDeStageAgree')).toBe(demandes);
    },
  );

  it('signé le 31 octobre 2026 avec 5 ETP pour 4 médecins : pas encore de bonus formation', () => {
    const q = questionsUtiles({ ...groupe, dateSignature: '2026-10-31', etp: 5 });
    expect(q.champs).not.toContain('maitresDeStage');
    expect(q.champs).not.toContain('terrainDeStageAgree');
  });

  it('objectif MT donné par la CPAM : les patients MT déjà gagnés ne changent plus rien', () => {
    const q = questionsUtiles({ ...groupe, dateSignature: '2026-06-01', objectif: { mt: 400 } });
    expect(q.champs).not.toContain('patientsDejaGagnes.mt');
    expect(q.champs).toContain('patientsDejaGagnes.fileActive');
  });
});

describe('file active : demandée à tout médecin libéral (RULES.md §4)', () => {
  it.each([
    ['cardiologie', '2025-02-01'],
    ['dermatologie', '2023-09-01'],
    ['autre', '2025-02-01'],
  ])(
    '%s signé le %s : patientele.fileActive est une question utile',
    (specialite, dateSignature) => {
      const q = questionsUtiles({ structure: 'liberal', dateSignature, specialite });
      expect(q.champs).toContain('patientele.fileActive');
    },
  );
});
