import { describe, expect, it } from 'vitest';
import { questionsUtiles } from '../../src/engine/index.ts';

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
