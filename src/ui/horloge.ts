/**
 * The UI reads the clock here only. A module of its own, without the Intl formats of format.ts:
 * the simulator's first step needs today's date, and its first load then neither carries nor builds
 * the six French formats that only later screens use (issue 13).
 */

/** Today's date in the user's calendar, as YYYY-MM-DD: passed to the engine as the default signature date. */
export function aujourdhui(maintenant: Date = new Date()): string {
  const deux = (n: number) => String(n).padStart(2, '0');
  return `${maintenant.getFullYear()}-${deux(maintenant.getMonth() + 1)}-${deux(maintenant.getDate())}`;
}
