/**
 * A JSON list of situations read element by element (issue 13: memory flat in the number of
 * situations). The bytes are scanned once for where each element of the top-level list starts
 * and ends, without decoding or building it; an element is decoded and parsed only when its slice
 * is processed, so no thread holds the situations, nor the text, all at once (the bytes are the
 * ones both threads share, lire-source.ts). The elements are checked first (each parsed, then
 * dropped), so a malformed file is refused before any output, and with the whole reading's
 * message: on any doubt (another encoding, a malformed element) the caller reads the whole text
 * (parse-input.ts), which says what is wrong, word for word.
 */
import { isUtf8 } from 'node:buffer';
import { contientZero } from './octets.ts';
import type { Source } from './entree.ts';

/** JSON's own blanks (JSON.parse accepts no other around a value). */
const estBlanc = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const GUILLEMET = 0x22;
const BARRE = 0x5c;
const VIRGULE = 0x2c;
const CROCHET = 0x5b;
const CROCHET_FERMANT = 0x5d;
const ACCOLADE = 0x7b;
const ACCOLADE_FERMANTE = 0x7d;

/**
 * Where each element of the top-level list starts and ends (excluded) in UTF-8 bytes, found from
 * the brackets and the strings only (no byte of a multi-byte character is ASCII); null when the
 * bytes are not a list written `[ a, b, … ]` with nothing after it. An element found here may
 * still be malformed, or empty: JSON.parse says so.
 */
export function indexerListeJson(o: Uint8Array): { debuts: number[]; fins: number[] } | null {
  const n = o.length;
  let i = 0;
  while (i < n && estBlanc(o[i]!)) i++;
  if (o[i] !== CROCHET) return null;
  i++;
  const debuts: number[] = [];
  const fins: number[] = [];
  for (;;) {
    const debut = i;
    let profondeur = 0;
    for (; i < n; i++) {
      const c = o[i]!;
      if (c === GUILLEMET) {
        for (i++; i < n; i++) {
          const d = o[i]!;
          if (d === BARRE) i++;
          else if (d === GUILLEMET) break;
        }
      } else if (c === ACCOLADE || c === CROCHET) profondeur++;
      else if (c === ACCOLADE_FERMANTE || c === CROCHET_FERMANT) {
        if (profondeur === 0) break;
        profondeur--;
      } else if (c === VIRGULE && profondeur === 0) break;
    }
    if (i >= n) return null;
    debuts.push(debut);
    fins.push(i);
    if (o[i] === CROCHET_FERMANT) break;
    // A comma: the next element follows; `}` at the top level is malformed.
    if (o[i] !== VIRGULE) return null;
    i++;
  }
  for (i++; i < n; i++) if (!estBlanc(o[i]!)) return null;
  return { debuts, fins };
}

const estJsonParSonNom = (nom: string): boolean | null => {
  const minuscule = nom.toLowerCase();
  return minuscule.endsWith('.json') ? true : minuscule.endsWith('.csv') ? false : null;
};

/**
 * The bytes of `source` when it is plainly a UTF-8 JSON list (less a UTF-8 BOM), read as JSON as
 * parse-input.ts would read it (by its name, else its first character); null otherwise. A text is
 * encoded back (a test, or stdin already decoded).
 */
export function octetsListeJson(source: string | Uint8Array, nom: string): Uint8Array | null {
  let octets: Uint8Array;
  if (typeof source === 'string') {
    const texte = source.replace(/^\uFEFF/, '');
    if (texte.includes('\u0000')) return null;
    octets = Buffer.from(texte, 'utf8');
    // A lone surrogate has no UTF-8: such a text is read whole.
    if (Buffer.from(octets).toString('utf8') !== texte) return null;
  } else {
    const bom = source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf ? 3 : 0;
    octets = source.subarray(bom);
    // A CSV (by its name or its first character) is not scanned through: 30 ms on 100 000 rows.
    if (!commenceUneListe(octets, nom)) return null;
    // UTF-16 has zero bytes, and so has a binary file: both are the whole reading's to refuse.
    if (contientZero(octets) || !isUtf8(octets)) return null;
  }
  return commenceUneListe(octets, nom) ? octets : null;
}

/** Read as JSON by its name, or by its first character, and that character is `[`. */
function commenceUneListe(octets: Uint8Array, nom: string): boolean {
  let i = 0;
  while (i < octets.length && estBlanc(octets[i]!)) i++;
  return estJsonParSonNom(nom) !== false && octets[i] === CROCHET;
}

/**
 * The situations of a JSON list given as UTF-8 bytes, parsed slice by slice, each through
 * `situation` (a golden case stands for its input); null when the bytes are not plainly such a
 * list or an element does not parse (the whole reading then decides). `verifiee`: the other
 * thread checks the elements (travailleur.ts), so they are not parsed twice here.
 */
export function lireJsonParTranches(
  octets: Uint8Array,
  situation: (valeur: unknown) => unknown,
  verifiee = false,
): Source | null {
  const index = indexerListeJson(octets);
  if (!index) return null;
  const { debuts, fins } = index;
  const tampon = Buffer.from(octets.buffer, octets.byteOffset, octets.length);
  const element = (k: number): unknown => JSON.parse(tampon.toString('utf8', debuts[k], fins[k]));
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
