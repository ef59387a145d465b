import { describe, expect, it } from 'vitest';
import { codes, liberal, montants, simulerEntree, centre } from '../helpers/situations.ts';

describe('régime choisi par la date de signature (RULES.md §1)', () => {
  it.each([
    ['2019-08-20', null],
    ['2019-08-21', 'avenant7-2019'],
    ['2019-08-22', 'avenant7-2019'],
    ['2023-04-30', 'avenant7-2019'],
    ['2023-05-01', 'reglement-arbitral-2023'],
    ['2023-05-02', 'reglement-arbitral-2023'],
    ['2024-06-21', 'reglement-arbitral-2023'],
    ['2024-06-22', 'convention-2024'],
    ['2024-06-23', 'convention-2024'],
  ])('signé le %s → %s', (dateSignature, regime) => {
    expect(liberal({ dateSignature }).regime).toBe(regime);
  });

  it('avant le 21 août 2019 : non éligible, aucun dispositif, aucune année, total 0', () => {
    const r = liberal({ dateSignature: '2019-08-20' });
    expect(r.eligibilite.statut).toBe('ineligible');
    expect(codes(r)).toEqual(['aucun-dispositif']);
    expect(r.annees).toEqual([]);
    expect(r.total).toBe(0);
  });

  it.each([
    ['2020-02-03', null],
    ['2020-02-04', 'ancs-avenant3-2020'],
  ])('centre signé le %s → %s', (dateSignature, regime) => {
    const r = centre({ dateSignature });
    expect(r.regime).toBe(regime);
    if (regime === null) expect(r.eligibilite.statut).toBe('ineligible');
  });

  it('un régime forcé pilote montants et éligibilité, la revalorisation 2024 suit les dates', () => {
    const r = liberal({ dateSignature: '2025-01-10', regime: 'avenant7-2019', option: 'tiers' });
    expect(r.regime).toBe('avenant7-2019');
    expect(r.eligibilite.statut).toBe('eligible');
    // Ligne ⅓ revalorisée : pas de montant d'année 1, l'année 1 garde 12 000.
    expect(montants(r)).toEqual([12000, 9450, 7350, 7350, 7350]);
    expect(r.annees.map((a) => a.regime)).toEqual(Array(5).fill('convention-2024'));
  });

  it('⅓ revalorisé au-delà du P95 : 12 600 chaque année, année 1 comprise', () => {
    const r = liberal({
      dateSignature: '2025-01-10',
      regime: 'avenant7-2019',
      option: 'tiers',
      bande: '>=P95',
    });
    expect(montants(r)).toEqual([12600, 12600, 12600, 12600, 12600]);
  });
});

describe('revalorisation 2024 aux dates anniversaires', () => {
  it.each([
    ['2022-06-21', [18000, 13500, 10500, 11000, 11000]],
    ['2022-06-22', [18000, 13500, 11000, 11000, 11000]],
    ['2022-06-23', [18000, 13500, 11000, 11000, 11000]],
    ['2023-06-21', [18000, 13500, 11000, 11000, 11000]],
    ['2023-06-22', [18000, 14000, 11000, 11000, 11000]],
  ])('½ ETP signé le %s', (dateSignature, attendus) => {
    expect(montants(liberal({ dateSignature }))).toEqual(attendus);
  });

  it('contrat règlement arbitral de 1 ETP signé 2023-06-22 : année 2 (22 juin 2024) revalorisée', () => {
    const r = liberal({ dateSignature: '2023-06-22', option: 'plein' });
    expect(montants(r)).toEqual([36000, 28000, 22000, 22000, 22000]);
    expect(r.annees[0]!.regime).toBe('reglement-arbitral-2023');
    expect(r.annees[1]!.regime).toBe('convention-2024');
  });

  it('un anniversaire du 29 février tombe le 28 février', () => {
    const r = liberal({ dateSignature: '2024-02-29' });
    expect(r.annees.map((a) => a.debut)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('majoration P90–P95 revalorisée : année 6 d’un contrat avenant 7 de 2020 → 13 000', () => {
    const r = liberal({ dateSignature: '2020-01-15', bande: 'P90-P95', annees: 6 });
    expect(montants(r)).toEqual([18000, 13500, 12500, 12500, 12500, 13000]);
    expect(codes(r)).toContain('au-dela-annee-5');
  });

  it('projection sur 10 ans : montant pérenne de l’année 3', () => {
    const r = liberal({ annees: 10, option: 'plein' });
    expect(montants(r)).toEqual([
      38000, 28000, 22000, 22000, 22000, 22000, 22000, 22000, 22000, 22000,
    ]);
  });

  it.each([
    ['tiers', '2021-06-01', [12000, 9000, 8350, 8350, 8767]],
    ['demi', '2025-01-01', [19000, 14000, 13000, 13000, 13000]],
    ['plein', '2025-01-01', [38000, 28000, 26000, 26000, 26000]],
  ])('majoration P90–P95 à partir de l’année 3 (%s, %s)', (option, dateSignature, attendus) => {
    const extra = option === 'plein' && dateSignature < '2023' ? { zoneSousDense: true } : {};
    expect(montants(liberal({ option, dateSignature, bande: 'P90-P95', ...extra }))).toEqual(
      attendus,
    );
  });

  it('≥ P95 sous l’avenant 7, 1 ETP en zone sous-dense : 36 000 puis 38 000 après le 22 juin 2024', () => {
    const r = simulerEntree({
      structure: 'liberal',
      dateSignature: '2022-01-10',
      specialite: 'medecine-generale',
      secteur: '1',
      option: 'plein',
      bande: '>=P95',
      zoneSousDense: true,
      exerciceCoordonne: true,
    });
    expect(montants(r)).toEqual([36000, 36000, 36000, 38000, 38000]);
  });
});

describe('régime forcé avant son début : valeurs de son premier jour, jamais d’échec (§8.1 révisé)', () => {
  it('centre forcé à l’avenant 3 avec une signature de 2019 : calculé (plafond de 4 ETP, montants 2020)', () => {
    const r = centre({
      dateSignature: '2019-11-10',
      regime: 'ancs-avenant3-2020',
      assistants: [{ anneeDebut: 1, etp: 1.5 }],
    });
    expect(r.regime).toBe('ancs-avenant3-2020');
    expect(montants(r)).toEqual([54000, 40500, 31500, 31500, 31500]);
  });

  it.each([
    ['avenant7-2019', 'tiers', [12000, 9000, 7000, 7000, 7000]],
    ['reglement-arbitral-2023', 'demi', [18000, 13500, 10500, 10500, 10500]],
    ['convention-2024', 'plein', [38000, 28000, 22000, 22000, 22000]],
  ])('libéral signé en 2018, forcé à %s (%s) → %j', (regime, option, attendus) => {
    const r = liberal({ dateSignature: '2018-01-15', regime, option });
    expect(r.regime).toBe(regime);
    expect(montants(r)).toEqual(attendus);
  });
});

describe('reference : rendue telle quelle, jamais lue par les règles (cases README)', () => {
  it('libéral et centre : même résultat avec ou sans, la référence en plus', () => {
    const avec = liberal({ reference: '=HYPERLINK("http://x")' });
    const { reference, ...sans } = avec;
    expect(reference).toBe('=HYPERLINK("http://x")');
    expect(sans).toEqual(liberal());
    expect(centre({ reference: 'CDS 42' }).reference).toBe('CDS 42');
    expect('reference' in liberal()).toBe(false);
  });
});
