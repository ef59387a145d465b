/**
 * The default CSV has one `anneeN` column per contract year up to the longest contract of the
 * output. To write its header before the first row (the output is streamed), that length is found
 * first: a valid situation's result has as many years as it asks (`annees`, or the engine's
 * default), or none (no scheme at its signature date), never more. So only the situations that
 * ask for more years than found so far are simulated here, usually a handful. Of a big CSV, only
 * the `annees` column is read for this (csv.ts): its rows are typed slice by slice later.
 */
import { simuler, validerSituation } from '../engine/index.ts';
import type { Source } from './entree.ts';

function anneesDemandees(valeur: unknown): number | 'defaut' | null {
  if (valeur === null || typeof valeur !== 'object' || !Object.hasOwn(valeur, 'annees'))
    return 'defaut';
  const annees = (valeur as { annees: unknown }).annees;
  if (annees === undefined) return 'defaut';
  // Not a number: the situation is invalid and has no row.
  return typeof annees === 'number' ? annees : null;
}

function anneesDuResultat(valeur: unknown): number {
  const validation = validerSituation(valeur);
  if (!validation.ok) return 0;
  try {
    return simuler(validation.situation).annees.length;
  } catch {
    // The engine's failure is reported when the situation is processed.
    return 0;
  }
}

/** Situations looked at per call to the source (a CSV's rows are typed slice by slice). */
const TRANCHE = 1000;

export function anneesCsv(entrees: Source): number {
  let max = 0;
  /** Years of a result without `annees` (the engine's default), once one is known. */
  let parDefaut: number | null = null;
  for (let debut = 0; debut < entrees.nombre; debut += TRANCHE) {
    const fin = debut + TRANCHE;
    // Only `annees` is read first; a row worth simulating is then read whole.
    const reduites = entrees.reduites?.(debut, fin, 'annees') ?? entrees.tranche(debut, fin);
    for (let k = 0; k < reduites.length; k++) {
      const demandees = anneesDemandees(reduites[k]);
      if (demandees === null) continue;
      const plafond = demandees === 'defaut' ? parDefaut : demandees;
      if (plafond !== null && plafond <= max) continue;
      const valeur = entrees.reduites ? entrees.tranche(debut + k, debut + k + 1)[0] : reduites[k];
      const n = anneesDuResultat(valeur);
      if (demandees === 'defaut' && n > 0) parDefaut = n;
      max = Math.max(max, n);
    }
  }
  return max;
}
