/** Adding days and months to ISO dates, without clock or time zone (no `Date` in the engine). */
import { joursDansMois } from '../../../schemas/date-iso.ts';

const pad = (n: number, l = 2): string => String(n).padStart(l, '0');
const iso = (a: number, m: number, j: number): string => `${pad(a, 4)}-${pad(m)}-${pad(j)}`;
const morceaux = (d: string): [number, number, number] =>
  d.split('-').map(Number) as [number, number, number];

export function ajouterJours(date: string, n: number): string {
  let [a, m, j] = morceaux(date);
  j += n;
  while (j > joursDansMois(a, m)) {
    j -= joursDansMois(a, m);
    [a, m] = m === 12 ? [a + 1, 1] : [a, m + 1];
  }
  return iso(a, m, j);
}

/** Same day n months later; a day the month lacks falls on its last day (31 Aug + 6 → 28/29 Feb). */
export function ajouterMois(date: string, n: number): string {
  const [a, m, j] = morceaux(date);
  const rang = a * 12 + (m - 1) + n;
  const annee = Math.floor(rang / 12);
  const mois = (rang % 12) + 1;
  return iso(annee, mois, Math.min(j, joursDansMois(annee, mois)));
}
