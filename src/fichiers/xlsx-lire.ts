/**
 * An Excel workbook (.xlsx) of situations → the same rows as a CSV file: the first sheet, its first
 * row the header, then the shared header and cell logic (colonnes.ts, alias.ts). Cells come typed
 * from the workbook: a number is written as its text (`0.6`), a boolean as `true`/`false`, a date
 * cell as AAAA-MM-JJ, so the CSV cell typing applies unchanged. Read by read-excel-file (fflate and
 * its own XML reader: no formula is evaluated, a formula cell gives the value Excel stored).
 * Loaded on demand only (the command line on an .xlsx, lot.html's worker), never by the simulator.
 */
import { readSheet } from 'read-excel-file/universal';
import { lireEnregistrements, type LectureTableau } from './lire-tableau.ts';
import { MESSAGES_FICHIERS as M } from './messages.ts';

/** Zip container magic (`PK\x03\x04`): what an .xlsx file starts with. */
export const estZip = (octets: Uint8Array): boolean =>
  octets[0] === 0x50 && octets[1] === 0x4b && octets[2] === 0x03 && octets[3] === 0x04;

const deux = (n: number): string => String(n).padStart(2, '0');

/** One cell as the CSV reader would have it. */
export function texteCellule(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  if (valeur instanceof Date) {
    if (Number.isNaN(valeur.getTime())) return '';
    // Excel dates have no time zone: the library gives them at midnight UTC.
    return `${valeur.getUTCFullYear()}-${deux(valeur.getUTCMonth() + 1)}-${deux(valeur.getUTCDate())}`;
  }
  if (typeof valeur === 'number') return Number.isFinite(valeur) ? String(valeur) : '';
  if (typeof valeur === 'boolean') return valeur ? 'true' : 'false';
  return String(valeur).trim();
}

function copie(octets: Uint8Array): ArrayBuffer {
  const tampon = new ArrayBuffer(octets.byteLength);
  new Uint8Array(tampon).set(octets);
  return tampon;
}

export async function lireClasseur(octets: Uint8Array): Promise<LectureTableau> {
  if (octets.byteLength === 0) return { ok: false, vide: true, message: M.vide };
  let feuille: unknown[][];
  try {
    feuille = (await readSheet(copie(octets))) as unknown[][];
  } catch {
    // The library's messages are in English: ours says what is expected.
    return { ok: false, vide: false, message: M.excelIllisible };
  }
  const enregistrements: { cellules: string[]; ligne: number }[] = [];
  let largeur = 0;
  feuille.forEach((rangee, i) => {
    const cellules = rangee.map(texteCellule);
    if (cellules.every((c) => c === '')) return;
    if (enregistrements.length === 0) {
      // The header's width: trailing empty header cells are not columns.
      while (cellules.length > 0 && cellules[cellules.length - 1] === '') cellules.pop();
      largeur = cellules.length;
    } else cellules.length = largeur;
    for (let j = 0; j < cellules.length; j++) cellules[j] ??= '';
    enregistrements.push({ cellules, ligne: i + 1 });
  });
  return lireEnregistrements(enregistrements, () => {
    const texte = (enregistrements[0]?.cellules ?? []).join(' | ');
    return M.enteteExcelInconnu(texte.length > 60 ? `${texte.slice(0, 60)}…` : texte);
  });
}
