/** French formats (Intl fr-FR): amounts in euros, long dates, rates; the clock is read in horloge.ts. */
const EUROS_ENTIERS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const EUROS_CENTIMES = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const NOMBRE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const POURCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const DATE_LONGUE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

export function euros(valeur: number): string {
  const centimes = Math.round(valeur * 100);
  return centimes % 100 === 0 ? EUROS_ENTIERS.format(valeur) : EUROS_CENTIMES.format(valeur);
}

export function nombre(valeur: number): string {
  return NOMBRE.format(valeur);
}

export function pourcent(taux: number): string {
  return POURCENT.format(taux);
}

/** Day 1 of a month is written « 1er » in French (« 1er mai 2024 »), whatever Intl says. */
export function premierDuMois(texte: string): string {
  return texte.replace(/^1(?=[\s\u00a0\u202f])/, '1er');
}

/** "2024-06-22" → "22 juin 2024", "2024-05-01" → "1er mai 2024" (built at UTC so the day never shifts). */
export function dateLongue(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : premierDuMois(DATE_LONGUE.format(d));
}

const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** A moment in the user's time zone: "1er mai 2026 à 09:30". */
export function dateHeure(moment: Date): string {
  return premierDuMois(DATE_HEURE.format(moment));
}

/**
 * Reads a number typed the French way ("0,5", "1 200" with a normal, no-break or narrow no-break
 * space, "1.5" too); NaN when it is not one.
 */
export function lireNombre(texte: string): number {
  const propre = texte.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(',', '.');
  if (propre === '' || !/^-?\d*\.?\d+(e-?\d+)?$/i.test(propre)) return Number.NaN;
  return Number(propre);
}

/** A rate 0–1 as a percentage string for an input ("0.6" → "60"), rounded against binary noise. */
export function versPourcent(fraction: string): string {
  const n = lireNombre(fraction);
  if (Number.isNaN(n)) return fraction;
  return String(Math.round(n * 100 * 1e6) / 1e6);
}

/** A percentage as typed ("75", "75 %", "12,5 %") → the fraction as text ("0.75"); other text kept. */
export function depuisPourcent(pourcentage: string): string {
  const n = lireNombre(pourcentage.replace(/%\s*$/, ''));
  if (pourcentage.trim() === '') return '';
  if (Number.isNaN(n)) return pourcentage;
  return String(Math.round((n / 100) * 1e8) / 1e8);
}
