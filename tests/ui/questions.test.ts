/**
 * The questions the wizard asks come from what the rules read (ui/state/questions.ts, issue 14):
 * the cases the hand-written list (engine/questions.ts, removed) was tested on, now answered by
 * the rules' readings.
 */
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../src/engine/saisie.ts';
import { optionsOuvertes, utilite } from '../../src/ui/state/questions.ts';
import { ETAPES, champsVisibles } from '../../src/ui/wizard/etapes.ts';

type Partielle = Record<string, unknown> & { structure: Situation['structure'] };

function utiles(s: Partielle, champs: readonly string[]): string[] {
  const utile = utilite(s as unknown as Situation);
  return champs.filter((c) => utile(c));
}

const ouvertes = (s: Partielle) => optionsOuvertes(s as unknown as Situation);

describe('questions utiles selon les réponses déjà données', () => {
  it('avenant 7 : zone, exercice regroupé et coordonné ; options ⅓, ½, 1 ETP', () => {
    const s: Partielle = {
      structure: 'liberal',
      dateSignature: '2021-01-10',
      specialite: 'medecine-generale',
    };
    expect(
      utiles(s, [
        'zoneSousDense',
        'exerciceRegroupe',
        'exerciceCoordonne',
        'patientele.mtAdultes',
        'partHonorairesCliniques',
      ]),
    ).toEqual(['zoneSousDense', 'exerciceRegroupe', 'exerciceCoordonne', 'patientele.mtAdultes']);
    expect(ouvertes(s)).toEqual(['tiers', 'demi', 'plein']);
  });

  it('en zone sous-dense, l’exercice regroupé n’est plus demandé', () => {
    const s: Partielle = { structure: 'liberal', dateSignature: '2021-01-10', zoneSousDense: true };
    expect(utiles(s, ['zoneSousDense', 'exerciceRegroupe'])).toEqual(['zoneSousDense']);
  });

  it('convention 2024, chirurgien : part d’honoraires cliniques, pas de zone', () => {
    const s: Partielle = {
      structure: 'liberal',
      dateSignature: '2025-01-10',
      specialite: 'chirurgie-viscerale',
      secteur: '1',
    };
    expect(
      utiles(s, ['partHonorairesCliniques', 'zoneSousDense', 'optam', 'patientele.mtAdultes']),
    ).toEqual(['partHonorairesCliniques']);
    expect(ouvertes(s)).toEqual(['demi', 'plein', 'plein-et-demi', 'double']);
  });

  it('secteur 2 : l’OPTAM est demandé ; second assistant : la zone est demandée', () => {
    const s: Partielle = {
      structure: 'liberal',
      dateSignature: '2025-01-10',
      secteur: '2',
      option: 'double',
    };
    expect(utiles(s, ['optam', 'zoneSousDense'])).toEqual(['optam', 'zoneSousDense']);
  });

  it('centre : la zone sous-dense ne compte qu’à partir de l’accord de 2025, avant les assistants', () => {
    expect(utiles({ structure: 'centre', dateSignature: '2024-01-10' }, ['zoneSousDense'])).toEqual(
      [],
    );
    expect(utiles({ structure: 'centre', dateSignature: '2025-11-10' }, ['zoneSousDense'])).toEqual(
      ['zoneSousDense'],
    );
  });

  it('activité mixte : demandée depuis le règlement arbitral, pas sous l’avenant 7', () => {
    const medecin = { structure: 'liberal' as const, specialite: 'cardiologie', secteur: '1' };
    expect(utiles({ ...medecin, dateSignature: '2025-02-01' }, ['activiteMixte'])).toEqual([
      'activiteMixte',
    ]);
    expect(utiles({ ...medecin, dateSignature: '2021-03-01' }, ['activiteMixte'])).toEqual([]);
  });

  it('date avant tout dispositif : seule la date compte, aucune option', () => {
    const s: Partielle = { structure: 'liberal', dateSignature: '2018-01-01' };
    expect(
      utiles(s, [
        'dateSignature',
        'specialite',
        'secteur',
        'bande',
        'zoneSousDense',
        'nouvelInstalle',
      ]),
    ).toEqual(['dateSignature']);
    expect(ouvertes(s)).toEqual([]);
  });
});

describe('contrat collectif (RULES.md §7 bis) : questions utiles', () => {
  const groupe = {
    structure: 'collectif' as const,
    formeJuridique: 'scm',
    medecinsAdherents: 4,
    tousGeneralistesHorsMepSecteur1OuOptam: true,
  };
  const QUESTIONS = [
    'dateSignature',
    'formeJuridique',
    'medecinsAdherents',
    'tousGeneralistesHorsMepSecteur1OuOptam',
    'nouveauxInstalles',
    'patientele.mt',
    'patientele.fileActive',
    'patientsDejaGagnes.mt',
    'patientsDejaGagnes.fileActive',
    'etp',
    'maitresDeStage',
    'terrainDeStageAgree',
    'contratIndividuelEnCours',
    'carence',
    'specialite',
    'option',
  ];

  it('avant le 25 février 2026 : aucun dispositif, seule la date compte', () => {
    expect(utiles({ ...groupe, dateSignature: '2026-02-24' }, QUESTIONS)).toEqual([
      'dateSignature',
    ]);
  });

  it('signé en juin 2026 : société, médecins, conditions, patientèle MT, ETP ; pas de bonus formation ni file active', () => {
    expect(utiles({ ...groupe, dateSignature: '2026-06-01' }, QUESTIONS)).toEqual([
      'dateSignature',
      'formeJuridique',
      'medecinsAdherents',
      'tousGeneralistesHorsMepSecteur1OuOptam',
      'nouveauxInstalles',
      'patientele.mt',
      'patientsDejaGagnes.mt',
      'patientsDejaGagnes.fileActive',
      'etp',
      'contratIndividuelEnCours',
      'carence',
    ]);
  });

  it('le nombre de médecins encore inconnu : les conditions du groupe sont déjà demandées', () => {
    const sansMedecins = { ...groupe, medecinsAdherents: undefined };
    expect(
      utiles({ ...sansMedecins, dateSignature: '2026-06-01' }, [
        'tousGeneralistesHorsMepSecteur1OuOptam',
      ]),
    ).toEqual(['tousGeneralistesHorsMepSecteur1OuOptam']);
  });

  it.each([
    ['ETP inconnu', {}, true],
    ['5 ETP pour 4 médecins', { etp: 5 }, true],
    ['4 ETP pour 4 médecins', { etp: 4 }, false],
    ['2 ETP pour 4 médecins', { etp: 2 }, false],
  ])(
    'signé le 1er décembre 2026, %s : maîtres de stage et terrain de stage demandés = %s',
    (_cas, extra, demandes) => {
      const u = utiles({ ...groupe, dateSignature: '2026-12-01', ...extra }, [
        'maitresDeStage',
        'terrainDeStageAgree',
      ]);
      expect(u).toEqual(demandes ? ['maitresDeStage', 'terrainDeStageAgree'] : []);
    },
  );

  it('signé le 31 octobre 2026 avec 5 ETP pour 4 médecins : pas encore de bonus formation', () => {
    const s = { ...groupe, dateSignature: '2026-10-31', etp: 5 };
    expect(utiles(s, ['maitresDeStage', 'terrainDeStageAgree'])).toEqual([]);
  });

  it('objectif MT donné par la CPAM : les patients MT déjà gagnés ne changent plus rien', () => {
    const s = { ...groupe, dateSignature: '2026-06-01', objectif: { mt: 400 } };
    expect(utiles(s, ['patientsDejaGagnes.mt', 'patientsDejaGagnes.fileActive'])).toEqual([
      'patientsDejaGagnes.fileActive',
    ]);
  });
});

describe('file active : demandée à tout médecin libéral (RULES.md §4)', () => {
  const patientele = ETAPES.find((e) => e.id === 'patientele')!;
  it.each([
    ['cardiologie', '2025-02-01'],
    ['dermatologie', '2023-09-01'],
    ['autre', '2025-02-01'],
  ])('%s signé le %s : l’étape patientèle demande la file active', (specialite, dateSignature) => {
    const s = { structure: 'liberal', dateSignature, specialite } as unknown as Situation;
    const ctx = { reponses: {}, structure: 'liberal' as const, utile: utilite(s) };
    expect(champsVisibles(patientele, ctx)).toContain('patientele.fileActive');
  });
});
