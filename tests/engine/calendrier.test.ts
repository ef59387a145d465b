/**
 * Payment calendar (RULES.md §6 liberal, §7.5 centres): literal dates and amounts, read from the
 * golden cases of ../shared/cases and from small situations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  calendrierVersements,
  versementsParAnneeCivile,
  type CalendrierVersements,
  type OptionsCalendrier,
} from '../../src/engine/calendrier.ts';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation, type Situation } from '../../src/engine/saisie.ts';
import { DOSSIER_CAS } from '../helpers/cas-golden.ts';
import { generaliste } from '../helpers/situations.ts';

function situation(entree: unknown): Situation {
  const v = validerSituation(entree);
  if (!v.ok) throw new Error(v.erreurs.map((e) => e.message).join(' ; '));
  return v.situation;
}

function calendrier(entree: unknown, options?: OptionsCalendrier): CalendrierVersements {
  const s = situation(entree);
  return calendrierVersements(s, simuler(s), options);
}

const cas = (id: string): unknown =>
  JSON.parse(readFileSync(path.join(DOSSIER_CAS, `${id}.json`), 'utf8')).input;

/** [année, portion, date, montant, part, nature, indicatif] per instalment, in calendar order. */
const lignes = (c: CalendrierVersements) =>
  c.versements.map((v) => [
    v.annee,
    v.portion ?? null,
    v.date,
    v.montant,
    v.part,
    v.nature,
    v.indicatif,
  ]);

describe('calendrier libéral, avenant 7 (RULES.md §6)', () => {
  const c = calendrier(cas('lib-avenant7-revalorisation'));

  it('70 % 15 jours après le recrutement (date de signature), solde à l’anniversaire, puis revalorisation 2024', () => {
    expect(lignes(c)).toEqual([
      [1, null, '2022-09-16', 12600, 0.7, 'avance', true],
      [1, null, '2023-09-01', 5400, 0.3, 'solde', true],
      [2, null, '2023-09-01', 13500, 1, 'versement', true],
      [3, null, '2025-03-01', 5500, 0.5, 'avance', true],
      [3, null, '2025-09-01', 5500, 0.5, 'solde', true],
      [4, null, '2026-03-01', 5500, 0.5, 'avance', true],
      [4, null, '2026-09-01', 5500, 0.5, 'solde', true],
      [5, null, '2027-03-01', 5500, 0.5, 'avance', true],
      [5, null, '2027-09-01', 5500, 0.5, 'solde', true],
    ]);
  });

  it('dit que la date de recrutement est supposée', () => {
    expect(c.indicatif).toBe(true);
    expect(c.hypotheses[0]).toBe(
      'Date de recrutement de l’assistant inconnue : la date de signature du contrat est retenue.',
    );
    expect(c.versements[0]!.note).toContain('date de signature du contrat est retenue');
  });

  it('avec la date de recrutement, l’avance tombe 15 jours après elle et n’est plus indicative', () => {
    const d = calendrier(cas('lib-avenant7-revalorisation'), { dateRecrutement: '2022-10-20' });
    expect(lignes(d)[0]).toEqual([1, null, '2022-11-04', 12600, 0.7, 'avance', false]);
    expect(d.hypotheses).not.toContain(
      'Date de recrutement de l’assistant inconnue : la date de signature du contrat est retenue.',
    );
  });

  it('assistant recruté avant la signature (1er août 2022) : l’avance court de la signature, le 16 septembre 2022, et c’est dit', () => {
    const d = calendrier(cas('lib-avenant7-revalorisation'), { dateRecrutement: '2022-08-01' });
    expect(lignes(d)[0]).toEqual([1, null, '2022-09-16', 12600, 0.7, 'avance', false]);
    expect(d.hypotheses).toContain(
      'Assistant recruté avant la signature du contrat : l’avance est comptée à partir de la signature (le contrat n’existait pas encore au recrutement).',
    );
  });

  it('par année civile : 12 600 € en 2022, 18 900 € en 2023, 0 € en 2024 (année gardée), 11 000 € ensuite', () => {
    expect(versementsParAnneeCivile(c.versements)).toEqual([
      { annee: 2022, nombre: 1, montant: 12600 },
      { annee: 2023, nombre: 2, montant: 18900 },
      { annee: 2024, nombre: 0, montant: 0 },
      { annee: 2025, nombre: 2, montant: 11000 },
      { annee: 2026, nombre: 2, montant: 11000 },
      { annee: 2027, nombre: 2, montant: 11000 },
    ]);
  });

  it('un ⅓ ETP (12 000 €) : 8 400 € puis 3 600 €', () => {
    const t = calendrier(generaliste({ dateSignature: '2021-03-31', option: 'tiers' }));
    expect(lignes(t).slice(0, 2)).toEqual([
      [1, null, '2021-04-15', 8400, 0.7, 'avance', true],
      [1, null, '2022-03-31', 3600, 0.3, 'solde', true],
    ]);
  });
});

describe('calendrier libéral, régimes suivants (RULES.md §6)', () => {
  it('convention 2024 avec dégressivité : année 1 dans le mois, année 2 à l’anniversaire, puis deux moitiés', () => {
    const c = calendrier(cas('lib-2024-plein-degressivite'));
    expect(lignes(c)).toEqual([
      [1, null, '2025-03-01', 38000, 1, 'versement', true],
      [2, null, '2026-02-01', 28000, 1, 'versement', true],
      [3, null, '2027-08-01', 6600, 0.5, 'avance', true],
      [3, null, '2028-02-01', 6600, 0.5, 'solde', true],
      [4, null, '2028-08-01', 9900, 0.5, 'avance', true],
      [4, null, '2029-02-01', 9900, 0.5, 'solde', true],
      [5, null, '2029-08-01', 11000, 0.5, 'avance', true],
      [5, null, '2030-02-01', 11000, 0.5, 'solde', true],
    ]);
    expect(c.hypotheses).toHaveLength(1);
  });

  it('règlement arbitral signé le 31 août 2023 : fin de mois (28 février), année 2 revalorisée', () => {
    const c = calendrier(generaliste({ dateSignature: '2023-08-31', option: 'plein' }));
    expect(lignes(c).slice(0, 4)).toEqual([
      [1, null, '2023-09-30', 36000, 1, 'versement', true],
      [2, null, '2024-08-31', 28000, 1, 'versement', true],
      [3, null, '2026-02-28', 11000, 0.5, 'avance', true],
      [3, null, '2026-08-31', 11000, 0.5, 'solde', true],
    ]);
  });

  it('au centime : 33,33 % d’atteinte en année 4 → deux versements qui font le montant exact', () => {
    const c = calendrier(generaliste({ atteinte: [1, 1, 1, 0.3333] }));
    const annee4 = c.versements.filter((v) => v.annee === 4);
    expect(annee4.map((v) => v.montant)).toEqual([1833.15, 1833.15]);
    expect(
      simuler(situation(generaliste({ atteinte: [1, 1, 1, 0.3333] }))).annees[3]!.montant,
    ).toBe(3666.3);
  });

  it('un montant impair en centimes : le solde prend le centime restant', () => {
    const c = calendrier(generaliste({ atteinte: [1, 1, 1, 0.12345] }));
    expect(c.versements.filter((v) => v.annee === 4).map((v) => v.montant)).toEqual([
      678.98, 678.97,
    ]);
  });
});

describe('calendrier des centres, par recrutement (RULES.md §7.5)', () => {
  it('exemple 1 de la FNCS : avances et soldes, avance réduite puis seconde avance en année 4', () => {
    const c = calendrier(cas('cds-exemple-1'));
    expect(lignes(c)).toEqual([
      [1, 1, '2021-01-19', 50400, 0.7, 'avance', true],
      [1, 1, '2022-01-04', 21600, 0.3, 'solde', false],
      [2, 1, '2022-01-04', 37800, 0.7, 'avance', false],
      [2, 1, '2023-01-04', 16200, 0.3, 'solde', false],
      [3, 1, '2023-03-04', 22050, 0.7, 'avance', true],
      [3, 1, '2024-03-04', 9450, 0.3, 'solde', true],
      [4, 1, '2024-03-04', 21000, 0.5, 'avance', true],
      [4, 1, '2024-09-04', 8400, 0.2, 'avance', true],
      [4, 1, '2025-03-04', 12600, 0.3, 'solde', true],
      [5, 1, '2025-03-04', 29400, 0.7, 'avance', true],
      [5, 1, '2026-03-04', 12600, 0.3, 'solde', true],
    ]);
    expect(c.versements[6]!.note).toContain('sous 70 %');
  });

  it('exemple 2 : chaque avenant a son propre compteur d’années', () => {
    const c = calendrier(cas('cds-exemple-2'));
    const annee2 = c.versements.filter((v) => v.annee === 2);
    expect(annee2.map((v) => [v.portion, v.anneePortion, v.date, v.montant])).toEqual([
      [1, 2, '2022-01-04', 28350],
      [2, 1, '2022-01-19', 25200],
      [1, 2, '2023-01-04', 12150],
      [2, 1, '2023-01-04', 10800],
    ]);
    const total = (k: number) =>
      c.versements
        .filter((v) => v.annee === k)
        .reduce((s, v) => s + Math.round(v.montant * 100), 0);
    expect([1, 2, 3, 4, 5].map(total)).toEqual([5400000, 7650000, 7650000, 6600000, 6300000]);
  });

  it('atteinte sous 50 % toute l’année 3 : avance de 50 % puis solde de 50 %', () => {
    const c = calendrier({
      ...(cas('cds-exemple-1') as object),
      realise: undefined,
      atteinte: [1, 1, 0.4],
    });
    expect(lignes(c).filter((l) => l[0] === 3)).toEqual([
      [3, 1, '2023-03-04', 8400, 0.5, 'avance', true],
      [3, 1, '2024-03-04', 8400, 0.5, 'solde', true],
    ]);
  });
});

describe('issues sans versement', () => {
  it('non éligible : aucun versement', () => {
    const c = calendrier(cas('lib-2024-radiologie'));
    expect(c.versements).toEqual([]);
    expect(c.anneesSansMontant).toEqual([]);
  });

  it('date antérieure à tout régime : aucun versement', () => {
    const c = calendrier(generaliste({ dateSignature: '2019-01-10' }));
    expect(c.regime).toBeNull();
    expect(c.versements).toEqual([]);
  });
});
