import { describe, expect, it } from 'vitest';
import { codes, liberal, montants, simulerEntree } from '../helpers/situations.ts';

const sansBande = { bande: undefined };

describe('plancher P30 des généralistes (RULES.md §3.2, §8.1)', () => {
  it.each([
    [639, 'ineligible'],
    [640, 'ineligible'],
    [641, 'eligible'],
  ])('avenant 7 : %i patients MT adultes → %s (plus de 640)', (mtAdultes, statut) => {
    const r = liberal({ ...sansBande, dateSignature: '2021-03-01', patientele: { mtAdultes } });
    expect(r.eligibilite.statut).toBe(statut);
    if (statut === 'ineligible') expect(codes(r)).toContain('sous-p30');
  });

  it.each([
    [700, 74, 'ineligible'],
    [700, 75, 'eligible'],
    [775, 0, 'eligible'],
    [774, 0, 'ineligible'],
  ])(
    'depuis 2023 : %i adultes + %i enfants → %s (au moins 775)',
    (mtAdultes, mtEnfants, statut) => {
      expect(
        liberal({ ...sansBande, patientele: { mtAdultes, mtEnfants } }).eligibilite.statut,
      ).toBe(statut);
    },
  );

  it.each([
    [1044, 'P30-P50'],
    [1045, 'P50-P90'],
    [1502, 'P50-P90'],
    [1503, 'P90-P95'],
    [1720, 'P90-P95'],
    [1721, '>=P95'],
  ])('avenant 7 : bande depuis les effectifs : %i patients → %s', (mtAdultes, bande) => {
    const r = liberal({ ...sansBande, dateSignature: '2021-03-01', patientele: { mtAdultes } });
    expect(r.bande).toEqual({ valeur: bande, origine: 'effectifs' });
  });

  it.each([
    ['2023-09-01', 1044, 'P30-P50'],
    ['2023-09-01', 1045, 'P50-P90'],
    ['2023-09-01', 1721, 'P50-P90'],
    ['2025-02-01', 1503, 'P50-P90'],
    ['2025-02-01', 2500, 'P50-P90'],
  ])(
    'depuis 2023 (§3.2 révisé) : signé le %s, %i patients → %s, jamais de majoration par les effectifs',
    (dateSignature, mtAdultes, bande) => {
      const r = liberal({ ...sansBande, dateSignature, patientele: { mtAdultes } });
      expect(r.bande).toEqual({ valeur: bande, origine: 'effectifs' });
      expect(codes(r)).not.toContain('majoration-p90');
      expect(codes(r)).not.toContain('majoration-p95');
    },
  );

  it('depuis 2023, 1 721 patients, plein temps : montants sans majoration, la CPAM indique la bande', () => {
    const r = liberal({
      ...sansBande,
      option: 'plein',
      dateSignature: '2025-02-01',
      patientele: { mtAdultes: 1721 },
    });
    expect(montants(r)).toEqual([38000, 28000, 22000, 22000, 22000]);
    expect(r.eligibilite.statut).toBe('eligible');
    const raison = r.eligibilite.raisons.find((x) => x.code === 'bande-majoration-par-cpam');
    expect(raison?.nature).toBe('condition');
    expect(raison?.message).toContain('1\u202f721');
  });

  it('depuis 2023, la bande donnée par la CPAM donne la majoration', () => {
    const r = liberal({ bande: 'P90-P95', option: 'plein', patientele: { mtAdultes: 1721 } });
    expect(montants(r)).toEqual([38000, 28000, 26000, 26000, 26000]);
    expect(codes(r)).not.toContain('bande-majoration-par-cpam');
  });

  it('la bande donnée par la CPAM l’emporte sur les effectifs', () => {
    const r = liberal({ bande: '>=P95', patientele: { mtAdultes: 800 } });
    expect(r.bande).toEqual({ valeur: '>=P95', origine: 'saisie' });
    expect(montants(r)).toEqual([19000, 19000, 19000, 19000, 19000]);
  });

  it('entre P50 et P90 depuis les effectifs : ni majoration ni objectif avenant 7', () => {
    const r = liberal({
      ...sansBande,
      dateSignature: '2021-03-01',
      patientele: { mtAdultes: 1200, fileActive: 2000 },
    });
    expect(montants(r)).toEqual([18000, 13500, 10500, 10500, 11000]);
    expect(r.objectif.mt).toBeNull();
  });

  it('sans bande ni effectifs : incomplet, montants inconnus', () => {
    const r = liberal({ ...sansBande });
    expect(r.eligibilite.statut).toBe('incomplet');
    expect(r.eligibilite.manquants).toEqual(['patientele.mtAdultes']);
    expect(montants(r)).toEqual([null, null, null, null, null]);
    expect(r.total).toBeNull();
  });

  it('spécialiste sans bande : incomplet (bande)', () => {
    const r = liberal({ ...sansBande, specialite: 'dermatologie' });
    expect(r.eligibilite.manquants).toEqual(['bande']);
  });
});

describe('exonérations du plancher', () => {
  it('nouvel installé sans bande : montants sans majoration', () => {
    const r = liberal({ ...sansBande, specialite: 'dermatologie', nouvelInstalle: true });
    expect(r.eligibilite.statut).toBe('eligible');
    expect(montants(r)).toEqual([19000, 14000, 11000, 11000, 11000]);
  });

  it.each([
    [500, 125, 'ineligible'],
    [500, 126, 'eligible'],
  ])(
    'avenant 7 : %i adultes et %i enfants (plus de 20 %% d’enfants exonère)',
    (mtAdultes, mtEnfants, statut) => {
      const r = liberal({
        ...sansBande,
        dateSignature: '2021-03-01',
        patientele: { mtAdultes, mtEnfants },
      });
      expect(r.eligibilite.statut).toBe(statut);
    },
  );

  it('avenant 7 : RQTH/ALD exonère du plancher', () => {
    expect(
      liberal({ dateSignature: '2021-03-01', bande: '<P30', rqthOuAld: true }).eligibilite.statut,
    ).toBe('eligible');
  });

  it.each([
    ['<P30', 'ineligible'],
    ['P30-P50', 'a-confirmer'],
  ])('depuis 2023 : RQTH/ALD en bande %s → %s', (bande, statut) => {
    const r = liberal({ bande, rqthOuAld: true });
    expect(r.eligibilite.statut).toBe(statut);
    if (statut === 'a-confirmer') expect(montants(r)).toEqual([19000, 14000, 11000, 11000, 11000]);
  });

  // RULES.md §3.1: under the later regimes a mixed (part-salaried) activity is eligible with
  // adjustments to the contract, « à confirmer » if otherwise eligible; avenant 7 says nothing.
  // Amounts of the ½ ETP option (§2); the règlement arbitral's year 3 (2025-06) is revalued (§6).
  it.each([
    ['2025-02-01', 'P30-P50', 'a-confirmer', [19000, 14000, 11000, 11000, 11000]],
    ['2023-06-01', 'P30-P50', 'a-confirmer', [18000, 13500, 11000, 11000, 11000]],
    ['2025-02-01', '<P30', 'ineligible', null],
    ['2021-03-01', 'P30-P50', 'eligible', null],
  ])('activité mixte, signé le %s en bande %s → %s', (dateSignature, bande, statut, attendus) => {
    const r = liberal({ dateSignature, bande, activiteMixte: true });
    expect(r.eligibilite.statut).toBe(statut);
    expect(codes(r).includes('activite-mixte-amenagements')).toBe(dateSignature > '2023');
    if (attendus !== null) expect(montants(r)).toEqual(attendus);
  });
});

describe('secteur, options et spécialités', () => {
  it.each([
    [{ secteur: '2', optam: true }, 'eligible'],
    [{ secteur: '2', optam: false }, 'ineligible'],
    [{ secteur: '2' }, 'ineligible'],
    [{ secteur: 'non-conventionne' }, 'ineligible'],
    [{ secteur: undefined }, 'incomplet'],
  ])('%j → %s', (extra, statut) => {
    expect(liberal(extra).eligibilite.statut).toBe(statut);
  });

  it.each([
    ['2023-04-30', 'eligible'],
    ['2023-05-01', 'ineligible'],
  ])('option ⅓ signée le %s → %s', (dateSignature, statut) => {
    expect(liberal({ dateSignature, option: 'tiers' }).eligibilite.statut).toBe(statut);
  });

  it.each([
    'radiologie',
    'radiotherapie',
    'stomatologie',
    'anesthesie-reanimation',
    'anatomo-cytopathologie',
    'medecine-nucleaire',
  ])('spécialité exclue depuis 2023 : %s', (specialite) => {
    const r = liberal({ specialite });
    expect(r.eligibilite.statut).toBe('ineligible');
    expect(codes(r)).toContain('specialite-exclue');
  });

  it.each([
    ['chirurgie-viscerale', 0.79, 'ineligible'],
    ['chirurgie-viscerale', 0.8, 'eligible'],
    ['orl', 0.81, 'eligible'],
    ['gynecologie-medicale', 0.5, 'ineligible'],
    ['gynecologie-obstetrique', undefined, 'incomplet'],
  ])('règle des 80 %% : %s à %s → %s', (specialite, partHonorairesCliniques, statut) => {
    expect(liberal({ specialite, partHonorairesCliniques }).eligibilite.statut).toBe(statut);
  });

  it('toutes les raisons sont listées, pas seulement la première', () => {
    const r = liberal({ specialite: 'radiologie', secteur: '2', option: 'tiers' });
    expect(codes(r)).toEqual(
      expect.arrayContaining(['specialite-exclue', 'secteur-2-sans-optam', 'option-fermee']),
    );
  });

  it('précédence : non éligible l’emporte sur incomplet', () => {
    const r = liberal({ secteur: 'non-conventionne', option: undefined });
    expect(r.eligibilite.statut).toBe('ineligible');
    expect(r.eligibilite.manquants).toEqual(['option']);
  });
});

describe('avenant 7 : spécialité, lieu, exercice regroupé et coordonné', () => {
  const a7 = { dateSignature: '2021-03-01' };
  it.each([
    [{ specialite: 'chirurgie-orthopedique' }, 'ineligible'],
    [{ specialite: 'chirurgie-orthopedique', zoneSousDense: true }, 'eligible'],
    [{ specialite: 'anesthesie-reanimation', zoneSousDense: true }, 'eligible'],
    [{ specialite: 'cardiologie' }, 'eligible'],
    [{ specialite: 'medecine-vasculaire' }, 'eligible'],
    [{ specialite: 'dermatologie' }, 'a-confirmer'],
    [{ specialite: 'autre' }, 'a-confirmer'],
    [{ exerciceRegroupe: false }, 'ineligible'],
    [{ exerciceRegroupe: false, zoneSousDense: true }, 'eligible'],
    [{ option: 'plein' }, 'ineligible'],
    [{ option: 'plein', zoneSousDense: true }, 'eligible'],
  ])('%j → %s', (extra, statut) => {
    expect(liberal({ ...a7, ...extra }).eligibilite.statut).toBe(statut);
  });

  it('coordination pas encore en place : éligible avec l’engagement à 2 ans en condition', () => {
    const r = liberal({ ...a7, exerciceCoordonne: false });
    expect(r.eligibilite.statut).toBe('eligible');
    expect(r.eligibilite.raisons.find((x) => x.code === 'engagement-coordination')?.nature).toBe(
      'condition',
    );
  });
});

describe('second assistant (1,5 et 2 ETP)', () => {
  it.each([
    [{ option: 'double', zoneSousDense: true }, 'a-confirmer'],
    [{ option: 'plein-et-demi', zoneSousDense: true }, 'a-confirmer'],
    [{ option: 'double' }, 'ineligible'],
    [{ option: 'double', zoneSousDense: true, specialite: 'mep' }, 'ineligible'],
    [{ option: 'double', zoneSousDense: true, specialite: 'pediatrie' }, 'ineligible'],
    [{ option: 'double', zoneSousDense: true, dateSignature: '2024-01-10' }, 'ineligible'],
  ])('%j → %s', (extra, statut) => {
    const r = liberal(extra);
    expect(r.eligibilite.statut).toBe(statut);
    if (statut === 'a-confirmer') {
      expect(montants(r)).toEqual([null, null, null, null, null]);
      expect(r.total).toBeNull();
    }
  });
});

describe('forme des résultats', () => {
  it('non éligible : chaque année listée avec 0, total 0', () => {
    const r = simulerEntree({
      structure: 'liberal',
      dateSignature: '2025-03-10',
      specialite: 'radiologie',
      secteur: '1',
      option: 'demi',
      bande: 'P50-P70',
      annees: 3,
    });
    expect(r.annees.map((a) => [a.annee, a.montant])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(r.total).toBe(0);
  });

  it('chaque raison porte un message en français', () => {
    const r = liberal({ secteur: '2', option: 'tiers' });
    for (const raison of r.eligibilite.raisons) expect(raison.message).toMatch(/[a-zé]{3,}/);
    expect(r.eligibilite.raisons[0]!.message).toContain('OPTAM');
  });
});
