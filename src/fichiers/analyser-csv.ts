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

export function analyserCsv(
  source: string,
  separateur: Separateur = detecterSeparateur(source),
): AnalyseCsv {
  const texte = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = separateur.charCodeAt(0);
  const n = texte.length;
  const enregistrements: EnregistrementCsv[] = [];
  let cellules: string[] = [];
  let ligne = 1;
  let i = 0;
  const erreur = (code: CodeErreurCsv, l: number): AnalyseCsv => ({
    ok: false,
    code,
    ligne: l,
    colonne: cellules.length + 1,
  });
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
        if (q < 0) return erreur('guillemet-non-ferme', ligne);
        if (texte.charCodeAt(q + 1) === GUILLEMET) {
          valeur += texte.slice(debut, q + 1);
          k = debut = q + 2;
        } else {
          valeur += texte.slice(debut, q);
          k = q + 1;
          break;
        }
      }
      ligne += finsDeLigne(texte, j, k);
      while (k < n && estBlanc(texte.charCodeAt(k))) k++;
      const c = texte.charCodeAt(k);
      if (k < n && c !== sep && c !== LF && c !== CR) return erreur('apres-guillemet', ligne);
      cellules.push(valeur);
      i = k;
    } else {
      let k = j;
      for (; k < n; k++) {
        const c = texte.charCodeAt(k);
        if (c === sep || c === LF || c === CR) break;
        if (c === GUILLEMET) return erreur('guillemet-dans-cellule', ligne);
      }
      cellules.push(texte.slice(j, k).trim());
      i = k;
    }
    if (i < n && texte.charCodeAt(i) === sep) {
      i++;
      continue;
    }
    // End of the record: a line end or the end of the text.
    if (cellules.some((cellule) => cellule !== '')) enregistrements.push({ cellules, ligne });
    cellules = [];
    if (i >= n) break;
    i += texte.charCodeAt(i) === CR && texte.charCodeAt(i + 1) === LF ? 2 : 1;
    ligne++;
    if (i >= n) break;
  }
  return { ok: true, separateur, enregistrements };
}
