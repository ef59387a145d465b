/**
 * A UTF-8 CSV's records indexed on its bytes (issue 13: memory flat in the number of rows): the
 * command line no longer decodes a big file into one string to index it (indexer-csv.ts). Each
 * record's start byte and end line go into typed arrays; a record is decoded, alone, only when its
 * cells are read, by the same lireEnregistrement. Separators, quotes, LF and CR are ASCII, never
 * part of a multi-byte character, so they are found on the bytes; the blank U+00A0 is the pair
 * C2 A0. Any doubt (a malformed record, a width that differs from the header's) gives null: the
 * caller then reads the text whole, which says what is wrong, word for word.
 */
import { finVide, lireEnregistrement, type Separateur } from './analyser-csv.ts';
import type { IndexCsv } from './indexer-csv.ts';

const GUILLEMET = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const VIRGULE = 0x2c;
const POINT_VIRGULE = 0x3b;

/** Length of the blank at `i` (space, tab, U+00A0 as C2 A0), 0 when none (analyser-csv.ts). */
const blanc = (o: Uint8Array, i: number): number => {
  const c = o[i];
  if (c === 0x20 || c === 0x09) return 1;
  return c === 0xc2 && o[i + 1] === 0xa0 ? 2 : 0;
};

/** detecterSeparateur on the bytes: the first non-empty line's more frequent of `;` and `,`. */
export function detecterSeparateurOctets(o: Uint8Array): Separateur {
  let virgules = 0;
  let pointsVirgules = 0;
  let entreGuillemets = false;
  let ligneVide = true;
  for (let i = 0; i < o.length; i++) {
    const c = o[i]!;
    if (c === GUILLEMET) entreGuillemets = !entreGuillemets;
    else if (entreGuillemets) continue;
    else if (c === LF || c === CR) {
      if (!ligneVide) break;
      continue;
    } else if (c === VIRGULE) virgules++;
    else if (c === POINT_VIRGULE) pointsVirgules++;
    // Blanks and U+FEFF (EF BB BF) leave the line empty.
    const b = blanc(o, i);
    if (b > 0) i += b - 1;
    else if (c === 0xef && o[i + 1] === 0xbb && o[i + 2] === 0xbf) i += 2;
    else ligneVide = false;
  }
  return pointsVirgules > virgules ? ';' : ',';
}

/** Whether the unquoted cell's bytes hold something String#trim keeps. */
function celluleNonVide(o: Uint8Array, debut: number, fin: number): boolean {
  for (let i = debut; i < fin; i++) {
    const c = o[i]!;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80) return true;
    // Another character than U+00A0: trim knows the Unicode blanks.
    if (c !== 0xc2 || o[i + 1] !== 0xa0) {
      return (
        Buffer.from(o.buffer, o.byteOffset + debut, fin - debut)
          .toString('utf8')
          .trim() !== ''
      );
    }
    i++;
  }
  return false;
}

/** A typed array twice as long, the first values kept. */
function agrandi<T extends Uint32Array | Int32Array>(tableau: T): T {
  const plus = new (tableau.constructor as new (n: number) => T)(tableau.length * 2);
  plus.set(tableau);
  return plus;
}

/**
 * The records of a CSV given as UTF-8 bytes (no BOM, no zero byte), as indexerCsv finds them in
 * the decoded text, all of the header's width; null on an error or another width. `largeur(k)` is
 * then the header's for every k.
 */
export function indexerCsvOctets(
  o: Uint8Array,
  separateur: Separateur = detecterSeparateurOctets(o),
): IndexCsv | null {
  const n = o.length;
  const sep = separateur.charCodeAt(0);
  let debuts = new Uint32Array(1024);
  let lignes = new Int32Array(1024);
  let nombre = 0;
  let largeur = -1;
  let i = 0;
  let ligne = 1;
  for (;;) {
    const debut = i;
    let cellules = 0;
    let nonVide = false;
    // One record, as lireEnregistrement counts it.
    for (;;) {
      let j = i;
      for (let b = blanc(o, j); b > 0; b = blanc(o, j)) j += b;
      if (j < n && o[j] === GUILLEMET) {
        let k = j + 1;
        for (;;) {
          const q = o.indexOf(GUILLEMET, k);
          if (q < 0) return null;
          if (o[q + 1] === GUILLEMET) {
            nonVide = true;
            k = q + 2;
          } else {
            if (q > k) nonVide = true;
            k = q + 1;
            break;
          }
        }
        for (let m = j; m < k; m++) {
          const c = o[m];
          if (c === LF || (c === CR && o[m + 1] !== LF)) ligne++;
        }
        for (let b = blanc(o, k); b > 0; b = blanc(o, k)) k += b;
        const c = o[k];
        if (k < n && c !== sep && c !== LF && c !== CR) return null;
        i = k;
      } else {
        let k = j;
        for (; k < n; k++) {
          const c = o[k];
          if (c === sep || c === LF || c === CR) break;
          if (c === GUILLEMET) return null;
        }
        if (!nonVide && k > j) nonVide = celluleNonVide(o, j, k);
        i = k;
      }
      cellules++;
      if (i < n && o[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    if (nonVide) {
      if (largeur < 0) largeur = cellules;
      else if (cellules !== largeur) return null;
      if (nombre === debuts.length) {
        debuts = agrandi(debuts);
        lignes = agrandi(lignes);
      }
      debuts[nombre] = debut;
      lignes[nombre] = ligne;
      nombre++;
    }
    // The next record, past the line end (suivant).
    if (i >= n) break;
    i += o[i] === CR && o[i + 1] === LF ? 2 : 1;
    if (i >= n) break;
    ligne++;
  }
  debuts = debuts.slice(0, nombre);
  lignes = lignes.slice(0, nombre);
  const tampon = Buffer.from(o.buffer, o.byteOffset, o.length);
  return {
    separateur,
    nombre,
    ligne: (k) => lignes[k]!,
    largeur: () => largeur,
    enregistrement: (k, max) => {
      // The record alone, up to the next one (its line end, perhaps empty lines).
      const texte = tampon.toString('utf8', debuts[k], k + 1 < nombre ? debuts[k + 1] : n);
      const cellules: string[] = [];
      lireEnregistrement(texte, sep, 0, 1, cellules, finVide(), max);
      return { cellules, ligne: lignes[k]! };
    },
    cellule: (k, colonne) => {
      const fin = k + 1 < nombre ? debuts[k + 1]! : n;
      let i = debuts[k]!;
      // Past `colonne` cells, none quoted (a quoted cell may hold a separator or a line end).
      for (let passees = 0; passees < colonne; i++) {
        if (i >= fin) return null;
        const c = o[i];
        if (c === GUILLEMET || c === LF || c === CR) return null;
        if (c === sep) passees++;
      }
      const debut = i;
      for (; i < fin; i++) {
        const c = o[i]!;
        if (c === sep || c === LF || c === CR) break;
        // A blank (trimmed by the reading), a quote or a non-ASCII byte: read the record.
        if (c <= 0x20 || c >= 0x7f || c === GUILLEMET) return null;
      }
      return tampon.toString('latin1', debut, i);
    },
  };
}
