/**
 * An annex page's own answers next to the simulator's in its URL (`?v=1&etape=…&<fields>` then,
 * e.g., `&recrutement=2022-10-20` or `&salaire=1900`). The simulator's reader (url.ts) lists unknown
 * keys as ignored, so a page takes its own keys out before that reader sees the query, and puts them
 * back at the end. The simulator's part is kept exactly as written.
 */

export interface RechercheSeparee<K extends string> {
  /** The query without the page's keys (`?…`, or '' when nothing is left). */
  simulateur: string;
  /** The first value of each of the page's keys, as written; null when absent. */
  propres: Record<K, string | null>;
}

export function separerParametres<K extends string>(
  recherche: string,
  cles: readonly K[],
): RechercheSeparee<K> {
  const propres = Object.fromEntries(cles.map((c) => [c, null])) as Record<K, string | null>;
  const autres: string[] = [];
  for (const morceau of recherche.replace(/^\?/, '').split('&')) {
    if (morceau === '') continue;
    const [paire] = new URLSearchParams(morceau);
    const cle = paire?.[0] as K | undefined;
    if (paire && cle !== undefined && cles.includes(cle)) propres[cle] ??= paire[1];
    else autres.push(morceau);
  }
  return { simulateur: autres.length > 0 ? `?${autres.join('&')}` : '', propres };
}

/** The same query with the page's keys set to `valeurs` (at the end, in order); '' removes a key. */
export function avecParametres(
  recherche: string,
  valeurs: Readonly<Record<string, string>>,
): string {
  const { simulateur } = separerParametres(recherche, Object.keys(valeurs));
  const morceaux = Object.entries(valeurs)
    .filter(([, v]) => v !== '')
    .map(([c, v]) => `${c}=${encodeURIComponent(v)}`);
  if (morceaux.length === 0) return simulateur;
  return simulateur === '' ? `?${morceaux.join('&')}` : `${simulateur}&${morceaux.join('&')}`;
}
