/** Calendar dates as ISO strings (YYYY-MM-DD), checked without any clock or time zone. */
const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

export function joursDansMois(annee: number, mois: number): number {
  if (mois === 2) return estBissextile(annee) ? 29 : 28;
  return [4, 6, 9, 11].includes(mois) ? 30 : 31;
}

export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2199-12-31';

/** A date written YYYY-MM-DD whose year is outside the accepted range. */
export function horsPlage(valeur: string): boolean {
  return valeur.slice(0, 4) < DATE_MIN.slice(0, 4) || valeur.slice(0, 4) > DATE_MAX.slice(0, 4);
}

/** True for a real calendar date between DATE_MIN and DATE_MAX written YYYY-MM-DD. */
export function estDateIso(valeur: string): boolean {
  const m = FORMAT.exec(valeur);
  if (!m) return false;
  const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (horsPlage(valeur) || mois < 1 || mois > 12) return false;
  return jour >= 1 && jour <= joursDansMois(annee, mois);
}
