/**
 * Splits a yearly amount into instalments, in cents: each share is rounded to the cent (half up),
 * the last instalment takes the remainder, so the instalments sum exactly to the engine's amount.
 */
export function repartir(montant: number, parts: readonly number[]): number[] {
  const centimes = Math.round(montant * 100);
  let reste = centimes;
  return parts.map((part, i) => {
    const c = i === parts.length - 1 ? reste : Math.round(centimes * part);
    reste -= c;
    return c / 100;
  });
}
