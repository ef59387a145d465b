/** The raw situations read from the input, before validation. */
export interface Lecture {
  valeurs: unknown[];
  /** Where the situation at `position` (from 0) comes from: `élément 3`, `ligne 4`, `situation`. */
  lieu: (position: number) => string;
}

/**
 * The same situations, given slice by slice: a big CSV's rows are typed only when their slice is
 * processed (csv.ts), so each thread types only its own slices and no row outlives its slice.
 */
export interface Source {
  nombre: number;
  /** The raw situations from `debut` to `fin` (excluded). */
  tranche: (debut: number, fin: number) => unknown[];
  lieu: (position: number) => string;
  /**
   * The same situations with only the columns of field `champ` read (each an object, as in
   * `tranche`): a cheap first look at one field (annees-csv.ts). Absent when `tranche` is cheap.
   */
  reduites?: (debut: number, fin: number, champ: string) => unknown[];
}

export const sourceDe = ({ valeurs, lieu }: Lecture): Source => ({
  nombre: valeurs.length,
  tranche: (debut, fin) => valeurs.slice(debut, fin),
  lieu,
});
