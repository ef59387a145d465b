/**
 * A JSON list of situations read element by element (issue 13: memory flat in the number of
 * situations). The text is scanned once for where each element of the top-level list starts and
 * ends, without building it; an element is parsed only when its slice is processed, so no thread
 * holds all the situations at once. The elements are checked first (each parsed, then dropped),
 * so a malformed file is refused before any output, and with the whole reading's message: on any
 * doubt the caller reads the whole text (lireJson), which says what is wrong, word for word.
 */
import type { Source } from './entree.ts';

/** JSON's own blanks (JSON.parse accepts no other around a value). */
const estBlanc = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const OUVRANTS = new Set([0x7b, 0x5b]);
const FERMANTS = new Set([0x7d, 0x5d]);
const GUILLEMET = 0x22;
const VIRGULE = 0x2c;
const CROCHET_FERMANT = 0x5d;

/**
 * Where each element of the top-level list starts and ends (excluded), found from the brackets
 * and the strings only; null when the text is not a non-empty list written `[ a, b, … ]` with
 * nothing after it. An element found here may still be malformed: JSON.parse says so.
 */
export function indexerListeJson(texte: string): { debuts: number[]; fins: number[] } | null {
  const n = texte.length;
  let i = 0;
  while (i < n && estBlanc(texte.charCodeAt(i))) i++;
  if (texte.charCodeAt(i) !== 0x5b) return null;
  i++;
  const debuts: number[] = [];
  const fins: number[] = [];
  for (;;) {
    const debut = i;
    let profondeur = 0;
    for (; i < n; i++) {
      const c = texte.charCodeAt(i);
      if (c === GUILLEMET) {
        for (i++; i < n; i++) {
          const d = texte.charCodeAt(i);
          if (d === 0x5c) i++;
          else if (d === GUILLEMET) break;
        }
      } else if (OUVRANTS.has(c)) profondeur++;
      else if (FERMANTS.has(c)) {
        if (profondeur === 0) break;
        profondeur--;
      } else if (c === VIRGULE && profondeur === 0) break;
    }
    if (i >= n) return null;
    debuts.push(debut);
    fins.push(i);
    if (texte.charCodeAt(i) === CROCHET_FERMANT) break;
    // A comma: the next element follows; `}` at the top level is malformed.
    if (texte.charCodeAt(i) !== VIRGULE) return null;
    i++;
  }
  for (i++; i < n; i++) if (!estBlanc(texte.charCodeAt(i))) return null;
  return { debuts, fins };
}

/**
 * The situations of a JSON list, parsed slice by slice, each through `situation` (a golden case
 * stands for its input); null when the text is not plainly such a list or an element does not
 * parse (the whole reading then decides). `verifiee`: the text was already checked by the other
 * thread (repartir.ts), so its elements are not parsed twice here.
 */
export function lireJsonParTranches(
  texte: string,
  situation: (valeur: unknown) => unknown,
  verifiee = false,
): Source | null {
  const index = indexerListeJson(texte);
  if (!index) return null;
  const { debuts, fins } = index;
  const element = (k: number): unknown => JSON.parse(texte.slice(debuts[k], fins[k]));
  if (!verifiee) {
    try {
      for (let k = 0; k < debuts.length; k++) element(k);
    } catch {
      return null;
    }
  }
  const nombre = debuts.length;
  return {
    nombre,
    tranche: (debut, fin) => {
      const valeurs: unknown[] = [];
      for (let k = debut; k < Math.min(fin, nombre); k++) valeurs.push(situation(element(k)));
      return valeurs;
    },
    lieu: (position) => `élément ${position + 1}`,
  };
}
