/**
 * CSV text → records (RFC 4180): cells separated by `,` or `;` (detected on the header line),
 * quoted cells with doubled quotes inside, line ends LF, CRLF or CR. Blanks around a cell are
 * dropped; empty lines and records whose cells are all empty are skipped. Each record carries the
 * file line where it ends, for messages. A malformed text gives its first error as data (line, and
 * column counted in cells, both from 1).
 */

export type Separateur = ',' | ';';

export interface EnregistrementCsv {
  cellules: string[];
  /** Line of the file where the record ends (from 1). */
  ligne: number;
}

export type CodeErreurCsv = 'guillemet-non-ferme' | 'apres-guillemet' | 'guillemet-dans-cellule';

export type AnalyseCsv =
  | { ok: true; separateur: Separateur; enregistrements: EnregistrementCsv[] }
  | { ok: false; code: CodeErreurCsv; ligne: number; colonne: number };

const GUILLEMET = 34;
const LF = 10;
const CR = 13;
const VIRGULE = 44;
const POINT_VIRGULE = 59;

const estBlanc = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * The separator of the first non-empty line (the header, field names): the more frequent of `;`
 * and `,` outside quotes, `,` when neither appears.
 */
export function detecterSeparateur(texte: string): Separateur {
  let virgules = 0;
  let pointsVirgules = 0;
  let entreGuillemets = false;
  let ligneVide = true;
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    if (c === GUILLEMET) entreGuillemets = !entreGuillemets;
    else if (entreGuillemets) continue;
    else if (c === LF || c === CR) {
      if (!ligneVide) break;
      continue;
    } else if (c === VIRGULE) virgules++;
    else if (c === POINT_VIRGULE) pointsVirgules++;
    if (!estBlanc(c) && c !== 0xfeff) ligneVide = false;
  }
  return pointsVirgules > virgules ? ';' : ',';
}

/** Line ends between two offsets (CRLF counts once). */
function finsDeLigne(texte: string, debut: number, fin: number): number {
  let n = 0;
  for (let i = debut; i < fin; i++) {
    const c = texte.charCodeAt(i);
    if (c === LF || (c === CR && texte.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * Where one record ends (lireEnregistrement): the offset of its line end (or of the text's end),
 * the line it ends on, its number of cells, whether one of them is not empty; or its error.
 */
export interface FinEnregistrement {
  fin: number;
  ligne: number;
  nombre: number;
  nonVide: boolean;
  erreur: CodeErreurCsv | null;
}

/**
 * Reads the record that starts at offset `i` on line `ligne` of `texte` (BOM already dropped), up
 * to its line end: its cells go into `cellules`, or, when null, are only counted (no string is
 * built). `r` is filled and returned (one object reused by the caller). With `max`, only the first
 * `max` cells are read (`r.fin` is then where the reading stopped).
 */
export function lireEnregistrement(
  texte: string,
  sep: number,
  i: number,
  ligne: number,
  cellules: string[] | null,
  r: FinEnregistrement,
  max = Infinity,
): FinEnregistrement {
  const n = texte.length;
  let nombre = 0;
  let nonVide = false;
  r.erreur = null;
  for (;;) {
    let j = i;
    while (j < n && estBlanc(texte.charCodeAt(j))) j++;
    if (j < n && texte.charCodeAt(j) === GUILLEMET) {
      // Quoted cell: up to the quote that is not doubled.
      let valeur = '';
      let debut = j + 1;
      let k = debut;
      for (;;) {
        const q = texte.indexOf('"', k);
        if (q < 0) {
          r.erreur = 'guillemet-non-ferme';
          break;
        }
        if (texte.charCodeAt(q + 1) === GUILLEMET) {
          if (cellules) valeur += texte.slice(debut, q + 1);
          else nonVide = true;
          k = debut = q + 2;
        } else {
          if (cellules) valeur += texte.slice(debut, q);
          else if (q > debut) nonVide = true;
          k = q + 1;
          break;
        }
      }
      if (r.erreur) break;
      ligne += finsDeLigne(texte, j, k);
      while (k < n && estBlanc(texte.charCodeAt(k))) k++;
      const c = texte.charCodeAt(k);
      if (k < n && c !== sep && c !== LF && c !== CR) {
        r.erreur = 'apres-guillemet';
        break;
      }
      if (cellules) cellules.push(valeur);
      nombre++;
      i = k;
    } else {
      let k = j;
      for (; k < n; k++) {
        const c = texte.charCodeAt(k);
        if (c === sep || c === LF || c === CR) break;
        if (c === GUILLEMET) {
          r.erreur = 'guillemet-dans-cellule';
          break;
        }
      }
      if (r.erreur) break;
      if (cellules) cellules.push(texte.slice(j, k).trim());
      else if (!nonVide && k > j) nonVide = texte.slice(j, k).trim() !== '';
      nombre++;
      i = k;
    }
    if (i < n && texte.charCodeAt(i) === sep && nombre < max) {
      i++;
      continue;
    }
    break;
  }
  r.fin = i;
  r.ligne = ligne;
  r.nombre = nombre;
  r.nonVide = cellules ? cellules.some((cellule) => cellule !== '') : nonVide;
  return r;
}

/** A record's end, reset (shared with indexer-csv.ts). */
export const finVide = (): FinEnregistrement => ({
  fin: 0,
  ligne: 0,
  nombre: 0,
  nonVide: false,
  erreur: null,
});

/** After a record's end at `i`: the next record's offset (past its line end), or -1 at the end. */
export function suivant(texte: string, i: number): number {
  const n = texte.length;
  if (i >= n) return -1;
  i += texte.charCodeAt(i) === CR && texte.charCodeAt(i + 1) === LF ? 2 : 1;
  return i >= n ? -1 : i;
}

export function analyserCsv(
  source: string,
  separateur: Separateur = detecterSeparateur(source),
): AnalyseCsv {
  const texte = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = separateur.charCodeAt(0);
  const enregistrements: EnregistrementCsv[] = [];
  const r = finVide();
  for (let i = 0, ligne = 1; i >= 0; i = suivant(texte, r.fin), ligne = r.ligne + 1) {
    const cellules: string[] = [];
    lireEnregistrement(texte, sep, i, ligne, cellules, r);
    if (r.erreur)
      return { ok: false, code: r.erreur, ligne: r.ligne, colonne: cellules.length + 1 };
    if (r.nonVide) enregistrements.push({ cellules, ligne: r.ligne });
  }
  return { ok: true, separateur, enregistrements };
}
