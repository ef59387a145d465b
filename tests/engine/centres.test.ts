import { describe, expect, it } from 'vitest';
import { centre, codes, montants } from '../helpers/situations.ts';

describe('éligibilité des centres (RULES.md §7.1)', () => {
  it.each([
    [2837, 'ineligible'],
    [2838, 'eligible'],
  ])('centre de généralistes, %i MT pour 6 ETP (P30 = 473 par ETP)', (mtAdultes, statut) => {
    expect(centre({ patientele: { mtAdultes, fileActive: 9000 } }).eligibilite.statut).toBe(statut);
  });

  it('moyenne exacte : 472,75 < 473 → non éligible', () => {
    const r = centre({ etpGeneralistes: 4, patientele: { mtAdultes: 1891, fileActive: 9000 } });
    expect(r.eligibilite.statut).toBe('ineligible');
    expect(codes(r)).toContain('centre-sous-p30');
  });

  it.each([
    [7935, 'ineligible'],
    [7936, 'eligible'],
  ])('centre mixte (6 + 2 ETP), file active %i (P30 = 992 par ETP)', (fileActive, statut) => {
    expect(
      centre({ etpSpecialistes: 2, patientele: { mtAdultes: 100, fileActive } }).eligibilite.statut,
    ).toBe(statut);
  });

  it('moins d’un ETP médecin → non éligible', () => {
    expect(
      centre({ etpGeneralistes: 0.8, patientele: { mtAdultes: 800, fileActive: 1000 } }).eligibilite
        .statut,
    ).toBe('ineligible');
  });

  it('nouveau centre : pas de seuil ; objectif = atteindre le P50', () => {
    const r = centre({
      nouveauCentre: true,
      etpGeneralistes: 2,
      patientele: { mtAdultes: 500, fileActive: 1000 },
    });
    expect(r.eligibilite.statut).toBe('eligible');
    // Par ETP : MT 635 − 250 = 385, FA 1 281 − 500 = 781 ; × 2 ETP servis.
    expect([r.objectif.mt, r.objectif.fileActive]).toEqual([770, 1562]);
  });

  it('sans assistants → incomplet', () => {
    const r = centre({ assistants: undefined });
    expect(r.eligibilite.statut).toBe('incomplet');
    expect(r.eligibilite.manquants).toEqual(['assistants']);
  });
});

describe('tranches et objectifs des centres (RULES.md §7.2)', () => {
  it.each([
    // MT par ETP, FA par ETP (6 ETP généralistes, 1 ETP AM = 2 ETP servis)
    // MT par ETP, FA par ETP, taux, objectif MT et FA pour 2 ETP servis (1 ETP d'assistant)
    [473, 992, '25 %', 236, 496],
    [634, 1280, '25 %', 316, 640],
    [635, 1281, '20 %', 254, 512],
    [819, 1630, '20 %', 326, 652],
    [820, 1631, '15 %', 246, 488],
    [1108, 2585, '15 %', 332, 774],
    [1109, 2586, '5 %', 110, 258],
  ])('MT %i et FA %i par ETP → %s : MT +%i, FA +%i', (mt, fa, _taux, objMt, objFa) => {
    const r = centre({ patientele: { mtAdultes: mt * 6, fileActive: fa * 6 } });
    expect([r.objectif.mt, r.objectif.fileActive]).toEqual([objMt, objFa]);
  });

  it('tranches différentes : le taux le plus favorable pour les deux indicateurs', () => {
    // MT 700 par ETP ([P50;P70[, +20 %), FA 2 000 ([P70;P90[, +15 %) → +15 % : 105 et 300 par ETP.
    const r = centre({ patientele: { mtAdultes: 4200, fileActive: 12000 } });
    expect([r.objectif.mt, r.objectif.fileActive]).toEqual([210, 600]);
  });
});

describe('plafonds et portions (RULES.md §7.3, §8.1)', () => {
  it('0,5 ETP d’assistant par ETP médecin : plafonnement, pas d’inéligibilité', () => {
    const r = centre({
      etpGeneralistes: 2,
      patientele: { mtAdultes: 1200, fileActive: 2400 },
      assistants: [{ anneeDebut: 1, etp: 2 }],
    });
    expect(r.eligibilite.statut).toBe('eligible');
    expect(codes(r)).toContain('plafond-applique');
    expect(montants(r)).toEqual([36000, 27000, 21000, 21000, 21000]);
  });

  it.each([
    ['2025-10-15', false, 144000],
    ['2025-10-15', true, 144000],
    ['2025-10-16', false, 288000],
    ['2025-10-16', true, 360000],
  ])(
    'plafond par centre selon la signature (%s, zone sous-dense %s) → année 1 %i €',
    (dateSignature, zoneSousDense, annee1) => {
      const r = centre({
        dateSignature,
        zoneSousDense,
        etpGeneralistes: 24,
        patientele: { mtAdultes: 14400, fileActive: 28800 },
        assistants: [{ anneeDebut: 1, etp: 10 }],
      });
      expect(r.annees[0]!.montant).toBe(annee1);
    },
  );

  it('années avant la première portion : 0 ; portion à son propre compteur d’années', () => {
    const r = centre({ assistants: [{ anneeDebut: 3, etp: 1 }], annees: 7 });
    expect(montants(r)).toEqual([0, 0, 36000, 27000, 21000, 21000, 21000]);
  });

  it.each([
    [0.4999, 10497.9],
    [0.5, 15750],
    [0.7499, 15750],
    [0.75, 21000],
  ])('année 3 d’une portion : r = %s → %s €', (r, attendu) => {
    expect(centre({ atteinte: [1, 1, r] }).annees[2]!.montant).toBe(attendu);
  });

  it('objectif contractuel d’un centre : total réparti au prorata des ETP', () => {
    const r = centre({
      etpGeneralistes: 8,
      patientele: { mtAdultes: 5000, fileActive: 10000 },
      objectif: { mt: 300 },
      assistants: [
        { anneeDebut: 1, etp: 1 },
        { anneeDebut: 2, etp: 2 },
      ],
    });
    expect(r.objectif.mt).toBe(300);
    expect(r.annees[1]!.portions!.map((p) => p.objectif.mt)).toEqual([100, 200]);
  });
});

describe('assistants tous recrutés après la projection', () => {
  it('total 0 et une raison qui dit pourquoi', () => {
    const r = centre({ annees: 3, assistants: [{ anneeDebut: 4, etp: 1 }] });
    expect(r.total).toBe(0);
    const raison = r.eligibilite.raisons.find((x) => x.code === 'assistants-apres-projection');
    expect(raison?.message).toContain('année 4');
    expect(raison?.message).toContain('3 années');
  });
});
