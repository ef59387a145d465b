/**
 * The default CSV has one `anneeN` column per contract year up to the longest contract of the
 * output. To write its header before the first row (the output is streamed), that length is found
 * first: a valid situation's result has as many years as it asks (`annees`, or the engine's
 * default), or none (no scheme at its signature date), never more. So only the situations that
 * ask for more years than found so far are simulated here, usually a handful.
 */
import { simuler, validerSituation } from '../engine/index.ts';

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

export function anneesCsv(valeurs: readonly unknown[]): number {
  let max = 0;
  /** Years of a result without `annees` (the engine's default), once one is known. */
  let parDefaut: number | null = null;
  for (const valeur of valeurs) {
    const demandees = anneesDemandees(valeur);
    if (demandees === null) continue;
    const plafond = demandees === 'defaut' ? parDefaut : demandees;
    if (plafond !== null && plafond <= max) continue;
    const n = anneesDuResultat(valeur);
    if (demandees === 'defaut' && n > 0) parDefaut = n;
    max = Math.max(max, n);
  }
  return max;
}
