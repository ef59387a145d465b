import { describe, expect, it } from 'vitest';
import { codes, generaliste, liberal, montants, simulerEntree } from '../helpers/situations.ts';

const plein2024 = { option: 'plein' };

describe('dégressivité des libéraux (RULES.md §5)', () => {
  it.each([
    [0.4999, 10997.8],
    [0.5, 11000],
    [0.7499, 16497.8],
    [0.75, 22000],
    [0.8, 22000],
    [1.4, 22000],
    [0, 0],
  ])('année 3 à r = %s → %s €', (r, attendu) => {
    expect(liberal({ ...plein2024, atteinte: [1, 1, r] }).annees[2]!.montant).toBe(attendu);
  });

  it.each([
    [0.5, 11000],
    [0.75, 16500],
    [0.9, 19800],
  ])('année 4 au prorata : r = %s → %s €', (r, attendu) => {
    expect(liberal({ ...plein2024, atteinte: [1, 1, 1, r] }).annees[3]!.montant).toBe(attendu);
  });

  it('années 1 et 2 versées en entier quelle que soit l’atteinte', () => {
    expect(montants(liberal({ ...plein2024, atteinte: [0, 0, 1] })).slice(0, 2)).toEqual([
      38000, 28000,
    ]);
  });

  it('stratégie « palier des centres » en année 3 : 0,75 entre 50 % et 75 %', () => {
    const entree = generaliste({ ...plein2024, atteinte: [1, 1, 0.6] });
    expect(simulerEntree(entree).annees[2]!.montant).toBe(13200);
    const palier = simulerEntree(entree, { strategies: { tauxAnnee3Liberal: 'palier-centres' } });
    expect(palier.annees[2]!.montant).toBe(16500);
  });

  it('les années sans atteinte saisie comptent comme atteintes', () => {
    expect(montants(liberal({ ...plein2024, atteinte: [1, 1, 0.6] }))).toEqual([
      38000, 28000, 13200, 22000, 22000,
    ]);
  });

  it('arrondi au centime, total = somme des montants arrondis', () => {
    const r = liberal({ ...plein2024, atteinte: [1, 1, 1 / 3, 1 / 3, 1 / 3] });
    expect(montants(r)).toEqual([38000, 28000, 7333.33, 7333.33, 7333.33]);
    expect(r.total).toBe(87999.99);
  });
});

describe('objectifs de l’avenant 7 (RULES.md §4)', () => {
  const a7 = { dateSignature: '2021-03-01', patientele: { mtAdultes: 1000, fileActive: 1999 } };
  it.each([
    ['tiers', 'P30-P50', 200, 399],
    ['demi', 'P30-P50', 250, 499],
    ['plein', 'P30-P50', 350, 699],
    ['tiers', 'P50-P70', 150, 299],
    ['tiers', 'P70-P90', 75, 149],
    ['demi', 'P70-P90', 125, 249],
    ['tiers', 'P90-P95', 40, 79],
    ['demi', 'P90-P95', 60, 119],
    ['plein', 'P90-P95', 125, 249],
    ['tiers', '>=P95', 0, 0],
    ['plein', '>=P95', 50, 99],
  ])(
    'option %s, bande %s → MT +%i, FA +%i (arrondi à l’entier inférieur)',
    (option, bande, mt, fa) => {
      const r = liberal({ ...a7, option, bande, zoneSousDense: true });
      expect([r.objectif.mt, r.objectif.fileActive]).toEqual([mt, fa]);
      expect(r.objectif.origine).toBe('grille');
    },
  );

  it.each([
    ['demi', 'P50-P70'],
    ['plein', 'P50-P70'],
    ['plein', 'P70-P90'],
  ])('cellule introuvable (%s, %s) : objectif null, avec la raison', (option, bande) => {
    const r = liberal({ ...a7, option, bande, zoneSousDense: true });
    expect(r.objectif.mt).toBeNull();
    expect(codes(r)).toContain('objectif-cellule-inconnue');
  });

  it('un spécialiste n’a qu’un objectif de file active ; l’objectif MT saisi est ignoré', () => {
    const r = liberal({ ...a7, specialite: 'cardiologie', objectif: { mt: 50 } });
    expect(r.objectif.mt).toBeNull();
    expect(r.objectif.fileActive).toBe(499);
  });

  it('l’objectif contractuel l’emporte, indicateur par indicateur', () => {
    const r = liberal({ ...a7, objectif: { fileActive: 120 } });
    expect([r.objectif.mt, r.objectif.fileActive, r.objectif.origine]).toEqual([
      250,
      120,
      'contractuel',
    ]);
  });

  it('nouvel installé (avenant 7) : atteindre le P50 (1 045 MT, 1 514 FA)', () => {
    const r = liberal({
      ...a7,
      nouvelInstalle: true,
      patientele: { mtAdultes: 600, fileActive: 1600 },
    });
    expect([r.objectif.mt, r.objectif.fileActive]).toEqual([445, 0]);
  });

  it('convention 2024 : aucun objectif calculé (fixé par la CPAM)', () => {
    const r = liberal({ patientele: { mtAdultes: 1000, fileActive: 1500 } });
    expect([r.objectif.mt, r.objectif.fileActive]).toEqual([null, null]);
    expect(codes(r)).toContain('objectif-fixe-par-cpam');
  });
});

describe('atteinte depuis les patients réalisés (RULES.md §5, §8.1)', () => {
  const a7 = {
    dateSignature: '2021-03-01',
    option: 'tiers',
    patientele: { mtAdultes: 1000, fileActive: 2000 },
  };

  it('le plus favorable des deux indicateurs ; année k lue en realise[k-1]', () => {
    const realise = [
      {},
      {},
      { mt: 100, fileActive: 100 },
      { mt: 50, fileActive: 300 },
      { mt: 200, fileActive: 0 },
    ];
    const r = liberal({ ...a7, realise });
    // Objectifs : MT +200, FA +400. Année 3 : max(0,5 ; 0,25) = 0,5 < 0,75 → 3 500. Année 4 : max(0,25 ; 0,75).
    expect(montants(r)).toEqual([12000, 9000, 3500, 5250, 7350]);
  });

  it('les deux chemins (taux ou patients) donnent le même montant', () => {
    const parPatients = liberal({ ...a7, realise: [{}, {}, { mt: 120 }] });
    const parTaux = liberal({ ...a7, atteinte: [1, 1, 0.6] });
    expect(parPatients.annees[2]!.montant).toBe(parTaux.annees[2]!.montant);
  });

  it('« atteinte » l’emporte sur « realise »', () => {
    const r = liberal({ ...a7, atteinte: [1, 1, 1], realise: [{}, {}, { mt: 0, fileActive: 0 }] });
    expect(r.annees[2]!.montant).toBe(7000);
  });

  it('objectif de maintien : 1 sans baisse, sinon final / initial', () => {
    const base = { ...a7, bande: '>=P95' };
    expect(liberal({ ...base, realise: [{}, {}, { mt: 0 }] }).annees[2]!.montant).toBe(12000);
    expect(
      liberal({ ...base, realise: [{}, {}, {}, { mt: -100, fileActive: -400 }] }).annees[3]!
        .montant,
    ).toBe(10800);
  });

  it('patients réalisés sans objectif connu : montant null, incomplet (objectif)', () => {
    const r = liberal({
      patientele: { mtAdultes: 1000 },
      realise: [{ mt: 10 }, { mt: 20 }, { mt: 30 }],
    });
    expect(r.eligibilite.statut).toBe('incomplet');
    expect(r.eligibilite.manquants).toEqual(['objectif']);
    expect(montants(r)).toEqual([19000, 14000, null, 11000, 11000]);
    expect(r.total).toBeNull();
  });
});

describe('patients réalisés : années manquantes et entrées vides', () => {
  it('sans objectif, une entrée vide d’année ≥ 3 reste inconnue ; une année absente compte comme atteinte', () => {
    const r = liberal({ realise: [{}, {}, {}] });
    expect(montants(r)).toEqual([19000, 14000, null, 11000, 11000]);
    expect(r.eligibilite.manquants).toEqual(['objectif']);
  });

  it('avec un objectif, une entrée sans valeur compte comme atteinte', () => {
    const r = liberal({ objectif: { mt: 100 }, realise: [{}, {}, {}] });
    expect(montants(r)).toEqual([19000, 14000, 11000, 11000, 11000]);
    expect(r.eligibilite.statut).toBe('eligible');
  });
});

describe('raisons', () => {
  it('une même phrase n’est dite qu’une fois, même pour deux indicateurs', () => {
    const r = liberal({
      dateSignature: '2021-03-01',
      option: 'demi',
      bande: 'P50-P70',
      patientele: { mtAdultes: 1000, fileActive: 2000 },
    });
    expect(codes(r).filter((c) => c === 'objectif-cellule-inconnue')).toHaveLength(1);
  });
});
