/** One raw situation read from the input, before validation. */
export interface Entree {
  /** Where it comes from, for messages: `élément 3`, `ligne 4`, `situation`. */
  lieu: string;
  valeur: unknown;
}
