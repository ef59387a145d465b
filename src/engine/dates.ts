/** Calendar arithmetic on ISO dates, without clock or time zone. */
import { joursDansMois } from '../schemas/date-iso.ts';

const pad = (n: number, l = 2): string => String(n).padStart(l, '0');

/** The n-th anniversary of an ISO date; 29 February falls on 28 February in other years. */
export function anniversaire(dateIso: string, n: number): string {
  if (n === 0) return dateIso;
  const annee = Number(dateIso.slice(0, 4)) + n;
  // Month and day kept as written, but 29 February (a hot path of batch simulations).
  if (annee >= 1000 && annee <= 9999 && !dateIso.endsWith('-02-29'))
    return `${annee}${dateIso.slice(4)}`;
  const mois = Number(dateIso.slice(5, 7));
  const jour = Math.min(Number(dateIso.slice(8, 10)), joursDansMois(annee, mois));
  return `${pad(annee, 4)}-${pad(mois)}-${pad(jour)}`;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * Built on first use: the first French format of a process loads ICU's data (about 30 ms in Node),
 * which a run that writes no date or number in French never needs.
 */
let formatDate: Intl.DateTimeFormat | undefined;

/** "22 juin 2024" (built from the calendar date, at UTC: no local time zone involved). */
const enFrancais = new Map<string, string>();

export function dateEnFrancais(dateIso: string): string {
  const connue = enFrancais.get(dateIso);
  if (connue !== undefined) return connue;
  const texte = formaterDate(dateIso);
  if (enFrancais.size < 10000) enFrancais.set(dateIso, texte);
  return texte;
}

function formaterDate(dateIso: string): string {
  const [a, m, j] = dateIso.split('-').map(Number) as [number, number, number];
  formatDate ??= new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const texte = formatDate.format(new globalThis.Date(globalThis.Date.UTC(a, m - 1, j)));
  return j === 1 ? texte.replace(/^1 /, '1er ') : texte;
}
