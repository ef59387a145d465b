/**
 * Totals per calendar year (issue 10): every calendar year between the first and the last
 * instalment, 0 € years kept; a calendar year the next, unprojected contract year would also pay
 * into is marked incomplete. Case of the issue: a ⅓ ETP contract of 2021 (7 350 € a year from
 * year 3, after the 2024 revaluation), paid in two halves from year 3.
 */
import { describe, expect, it } from 'vitest';
import { calendrierVersements, versementsParAnneeCivile } from '../../src/engine/calendrier.ts';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { generaliste } from '../helpers/situations.ts';

function parAnneeCivile(annees: number) {
  const v = validerSituation(generaliste({ dateSignature: '2021-03-31', option: 'tiers', annees }));
  if (!v.ok) throw new Error(v.erreurs.map((e) => e.message).join(' ; '));
  const resultat = simuler(v.situation);
  const derniere = resultat.annees.at(-1)!;
  const fin = `${Number(derniere.debut.slice(0, 4)) + 1}${derniere.debut.slice(4)}`;
  const { versements } = calendrierVersements(v.situation, resultat);
  return versementsParAnneeCivile(versements, { finProjection: fin });
}

describe('versements par année civile', () => {
  it('sur 5 ans, 2026 ne reçoit que le second versement de l’année 5 : marqué incomplet', () => {
    const t = parAnneeCivile(5);
    expect(t.map((l) => l.annee)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(t.at(-1)).toEqual({ annee: 2026, nombre: 1, montant: 3675, complete: false });
    expect(t.slice(0, -1).every((l) => l.complete)).toBe(true);
  });

  it('sur 6 ans, 2026 reçoit 7 350 € (fin de l’année 5 et début de l’année 6) et est complet', () => {
    const t = parAnneeCivile(6);
    expect(t.find((l) => l.annee === 2026)).toEqual({
      annee: 2026,
      nombre: 2,
      montant: 7350,
      complete: true,
    });
    expect(t.at(-1)).toEqual({ annee: 2027, nombre: 1, montant: 3675, complete: false });
  });

  it('une année civile sans versement est gardée à 0 €', () => {
    const v = (date: string, montant: number) => ({
      annee: 1,
      date,
      montant,
      part: 1,
      nature: 'versement' as const,
      indicatif: false,
      note: '',
      sources: [],
      confiance: [],
    });
    expect(versementsParAnneeCivile([v('2022-01-10', 100), v('2025-02-01', 50)])).toEqual([
      { annee: 2022, nombre: 1, montant: 100 },
      { annee: 2023, nombre: 0, montant: 0 },
      { annee: 2024, nombre: 0, montant: 0 },
      { annee: 2025, nombre: 1, montant: 50 },
    ]);
    expect(versementsParAnneeCivile([])).toEqual([]);
  });
});
