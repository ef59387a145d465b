/**
 * Sets a value at a field path in a raw situation (dotted path → nested objects and lists), for the
 * simulator's answers and for the rows of CSV and Excel files. A path never reaches an object's
 * prototype: `__proto__`, `constructor` and `prototype` segments are refused (nothing is set), and
 * only the situation's own properties are read and written.
 */

/** A property name, or a list index (a number: the container created for it is a list). */
export type Segment = string | number;

export const SEGMENTS_INTERDITS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

type Conteneur = Record<Segment, unknown>;

/** `patientele.mtAdultes` → its segments; a segment of digits is a list index (`realise.0.mt`). */
function segments(chemin: string | readonly Segment[]): readonly Segment[] {
  if (typeof chemin !== 'string') return chemin;
  return chemin.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const refuse = (chemin: readonly Segment[]): boolean =>
  chemin.length === 0 || chemin.some((s) => SEGMENTS_INTERDITS.has(String(s)));

/**
 * The object or list that holds the last segment of a path already checked (not refused), created
 * along the way where missing or not an object (a list before an index, else an object).
 */
function conteneur(cible: Conteneur, chemin: readonly Segment[]): Conteneur {
  let courant = cible;
  for (let i = 0; i < chemin.length - 1; i++) {
    const cle = chemin[i] as Segment;
    let suivant = Object.hasOwn(courant, cle) ? courant[cle] : undefined;
    if (suivant === null || typeof suivant !== 'object') {
      suivant = typeof chemin[i + 1] === 'number' ? [] : {};
      courant[cle] = suivant;
    }
    courant = suivant as Conteneur;
  }
  return courant;
}

/** conteneur(), or null for a refused or empty path. */
const parent = (cible: Conteneur, chemin: readonly Segment[]): Conteneur | null =>
  refuse(chemin) ? null : conteneur(cible, chemin);

/**
 * The setter of one path, checked once (a CSV column's: made once, called for every row); null
 * for a refused or empty path. Same effect as poser().
 */
export function poseurDe(
  chemin: string | readonly Segment[],
): ((cible: Record<string, unknown>, valeur: unknown) => void) | null {
  const liste = segments(chemin);
  if (refuse(liste)) return null;
  const cle = liste[liste.length - 1] as Segment;
  return (cible, valeur) => {
    conteneur(cible, liste)[cle] = valeur;
  };
}

/** Sets `valeur` at `chemin` (`objectif.mt`, `['realise', 0, 'mt']`). */
export function poser(
  cible: Record<string, unknown>,
  chemin: string | readonly Segment[],
  valeur: unknown,
): void {
  const liste = segments(chemin);
  const conteneur = parent(cible, liste);
  if (conteneur) conteneur[liste[liste.length - 1] as Segment] = valeur;
}

/** An empty object at `chemin` when there is nothing there yet (a year left unknown in a list). */
export function creerObjet(
  cible: Record<string, unknown>,
  chemin: string | readonly Segment[],
): void {
  const liste = segments(chemin);
  const conteneur = parent(cible, liste);
  const cle = liste[liste.length - 1] as Segment;
  if (conteneur && !Object.hasOwn(conteneur, cle)) conteneur[cle] = {};
}
