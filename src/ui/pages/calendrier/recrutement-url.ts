/**
 * The calendar page's own URL parameter, `recrutement=AAAA-MM-JJ`, added to the simulator's format
 * (see state/url-annexe.ts).
 */
import { estDateIso } from '../../../engine/saisie.ts';
import { avecParametres, separerParametres } from '../../state/url-annexe.ts';

export const PARAM_RECRUTEMENT = 'recrutement';

export interface RechercheSeparee {
  /** The query without `recrutement` (`?…`, or '' when nothing is left), for the simulator's reader. */
  simulateur: string;
  /** The first `recrutement` value as written, or null when absent. */
  recrutement: string | null;
}

export function separerRecrutement(recherche: string): RechercheSeparee {
  const { simulateur, propres } = separerParametres(recherche, [PARAM_RECRUTEMENT]);
  return { simulateur, recrutement: propres[PARAM_RECRUTEMENT] };
}

/** The same query with `recrutement` set to `valeur` (last), or removed when `valeur` is ''. */
export function avecRecrutement(recherche: string, valeur: string): string {
  return avecParametres(recherche, { [PARAM_RECRUTEMENT]: valeur });
}

export interface RecrutementLu {
  /** A valid ISO date, or ''. */
  valeur: string;
  /** The value found in the URL when it is not a valid date (dropped, to tell the user). */
  rejetee: string | null;
}

export function lireRecrutement(brute: string | null): RecrutementLu {
  if (brute === null || brute === '') return { valeur: '', rejetee: null };
  return estDateIso(brute) ? { valeur: brute, rejetee: null } : { valeur: '', rejetee: brute };
}

/** Replaces the page's query in the history entry (no new entry: the back button leaves the page). */
export function remplacerRecherche(recherche: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${recherche}${hash}`);
}
