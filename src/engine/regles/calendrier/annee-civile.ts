/**
 * Sums of the instalments per calendar year (in cents, so the sums are exact): every calendar year
 * from the first instalment to the last, a year without any payment included (0 €), never dropped.
 * Given where the projection ends, a calendar year that the next, unprojected contract year would
 * also pay into is marked incomplete: its total is not what that calendar year will bring.
 */
import type { TotalAnneeCivile, Versement } from './types.ts';

/** `complete` only when the projection's end is given: false when the total is only part of that year's. */
export type TotalAnneeCivileProjete = TotalAnneeCivile & { complete?: boolean };

export interface OptionsAnneeCivile {
  /**
   * Date (ISO) from which instalments are no longer projected: the first instalment of the first
   * unprojected contract year, or that year's first day when unknown. Its calendar year and the
   * later ones are incomplete.
   */
  finProjection?: string;
}

export function versementsParAnneeCivile(
  versements: readonly Versement[],
  options: OptionsAnneeCivile = {},
): TotalAnneeCivileProjete[] {
  const parAnnee = new Map<number, { nombre: number; centimes: number }>();
  for (const v of versements) {
    const annee = Number(v.date.slice(0, 4));
    const t = parAnnee.get(annee) ?? { nombre: 0, centimes: 0 };
    t.nombre += 1;
    t.centimes += Math.round(v.montant * 100);
    parAnnee.set(annee, t);
  }
  if (parAnnee.size === 0) return [];
  const annees = [...parAnnee.keys()];
  const premiere = Math.min(...annees);
  const derniere = Math.max(...annees);
  const anneeFin =
    options.finProjection === undefined ? null : Number(options.finProjection.slice(0, 4));
  return Array.from({ length: derniere - premiere + 1 }, (_, i) => {
    const annee = premiere + i;
    const t = parAnnee.get(annee) ?? { nombre: 0, centimes: 0 };
    return {
      annee,
      nombre: t.nombre,
      montant: t.centimes / 100,
      ...(anneeFin === null ? {} : { complete: annee < anneeFin }),
    };
  });
}
