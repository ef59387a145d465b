/** The raw situations read from the input, before validation. */
export interface Lecture {
  valeurs: unknown[];
  /** Where the situation at `position` (from 0) comes from: `élément 3`, `ligne 4`, `situation`. */
  lieu: (position: number) => string;
}
