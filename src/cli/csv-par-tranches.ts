/**
 * A UTF-8 CSV read on its bytes, row by row (issue 13: memory flat in the number of rows). The
 * whole file is no longer decoded into one string, nor indexed into arrays of numbers, in each
 * thread: its records are indexed on the bytes both threads share (indexer-csv-octets.ts), and
 * a slice decodes and types only its own rows, as csv.ts does on a text. On any doubt (another
 * encoding, a zero byte, a malformed record, a row of another width, a header that names no
 * field) the caller reads the whole text (parse-input.ts), which says what is wrong, word for word.
 */
import { isUtf8 } from 'node:buffer';
import { contientZero } from './octets.ts';
import { indexerCsvOctets } from '../fichiers/indexer-csv-octets.ts';
import { sourceIndexee } from './csv.ts';
import type { Source } from './entree.ts';

/** A workbook (zip or OLE), refused by decoder.ts. */
const estClasseur = (o: Uint8Array): boolean =>
  (o[0] === 0x50 && o[1] === 0x4b && o[2] === 0x03 && o[3] === 0x04) ||
  (o[0] === 0xd0 && o[1] === 0xcf && o[2] === 0x11 && o[3] === 0xe0);

/**
 * Read as a CSV by parse-input.ts's detecterFormat: by its name, else its first non-blank
 * character is not `{` nor `[`. A first character that is not ASCII (perhaps a Unicode blank) but
 * U+00A0 or U+FEFF leaves a doubt: false.
 */
export function estCsvSansDoute(o: Uint8Array, nom: string): boolean {
  const minuscule = nom.toLowerCase();
  if (minuscule.endsWith('.json')) return false;
  if (minuscule.endsWith('.csv')) return true;
  for (let i = 0; i < o.length; i++) {
    const c = o[i]!;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c === 0xc2 && o[i + 1] === 0xa0) i++;
    else if (c === 0xef && o[i + 1] === 0xbb && o[i + 2] === 0xbf) i += 2;
    else return c < 0x80 && c !== 0x7b && c !== 0x5b;
  }
  return false;
}

const avecBom = (o: Uint8Array): boolean => o[0] === 0xef && o[1] === 0xbb && o[2] === 0xbf;

/**
 * The bytes of `source` (less its UTF-8 BOM) when they are plainly a UTF-8 CSV that the whole
 * reading would decode as UTF-8 and read as a CSV; null otherwise (a text, another encoding…).
 */
export function octetsCsv(source: string | Uint8Array, nom: string): Uint8Array | null {
  if (typeof source === 'string' || estClasseur(source)) return null;
  // decoder.ts drops a BOM, and indexerCsv a second one.
  let octets = avecBom(source) ? source.subarray(3) : source;
  if (avecBom(octets)) octets = octets.subarray(3);
  if (!estCsvSansDoute(octets, nom)) return null;
  // UTF-16 has zero bytes, and so has a binary file: both are the whole reading's to refuse.
  if (contientZero(octets) || !isUtf8(octets)) return null;
  return octets;
}

/**
 * The rows of a UTF-8 CSV given as bytes, typed slice by slice; null when the bytes are not
 * plainly such a CSV, or on any problem (the whole reading then decides and says it).
 */
export function lireCsvParOctets(source: string | Uint8Array, nom: string): Source | null {
  const octets = octetsCsv(source, nom);
  const index = octets ? indexerCsvOctets(octets) : null;
  return index ? sourceIndexee(index) : null;
}
