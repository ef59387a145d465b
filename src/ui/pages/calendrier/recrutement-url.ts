/**
 * The calendar page's own URL parameter, `recrutement=AAAA-MM-JJ`, added to the simulator's format
 * (`?v=1&etape=…&<fields>`). The simulator's reader (state/url.ts) lists unknown keys as ignored,
 * so the parameter is taken out of the query before that reader sees it, and put back at the end.
 */
import { estDateIso } from '../../../engine/annexes.ts';

export const PARAM_RECRUTEMENT = 'recrutement';

export interface RechercheSeparee {
  /** The query without `recrutement` (`?…`, or '' when nothing is left), for the simulator's reader. */
  simulateur: string;
  /** The first `recrutement` value as written, or null when absent. */
  recrutement: string | null;
}

export function separerRecrutement(recherche: string): RechercheSeparee {
  let recrutement: string | null = null;
  const autres: string[] = [];
  for (const morceau of recherche.replace(/^\?/, '').split('&')) {
    if (morceau === '') continue;
    const [paire] = new URLSearchParams(morceau);
    if (paire?.[0] === PARAM_RECRUTEMENT) recrutement ??= paire[1];
    else autres.push(morceau);
  }
  return { simulateur: autres.length > 0 ? `?${autres.join('&')}` : '', recrutement };
}

/** The same query with `recrutement` set to `valeur` (last), or removed when `valeur` is ''. */
export function avecRecrutement(recherche: string, valeur: string): string {
  const { simulateur } = separerRecrutement(recherche);
  if (valeur === '') return simulateur;
  const morceau = `${PARAM_RECRUTEMENT}=${encodeURIComponent(valeur)}`;
  return simulateur === '' ? `?${morceau}` : `${simulateur}&${morceau}`;
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
