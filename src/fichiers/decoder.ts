/**
 * A file's bytes → its text, the encoding found from the bytes themselves: a byte order mark
 * (UTF-8, UTF-16 LE or BE), else UTF-16 recognised by its zero bytes, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252 (what French Excel writes as « CSV (séparateur : point-virgule) »).
 * A spreadsheet workbook (.xlsx, .ods, .xls) or another binary file is refused with a message
 * saying what is expected. TextDecoder exists in Node 20 and in every browser.
 */
import { MESSAGES_FICHIERS } from './messages.ts';

export type Encodage = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decodage =
  { ok: true; texte: string; encodage: Encodage } | { ok: false; message: string };

const NOMS: Record<Encodage, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export const nomEncodage = (encodage: Encodage): string => NOMS[encodage];

const commence = (octets: Uint8Array, debut: readonly number[]): boolean =>
  debut.every((octet, i) => octets[i] === octet);

/** Zip (xlsx, ods) and OLE (xls) containers: a workbook, not a CSV. */
const estClasseur = (octets: Uint8Array): boolean =>
  commence(octets, [0x50, 0x4b, 0x03, 0x04]) ||
  commence(octets, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** UTF-16 without a BOM: text in Latin letters has a zero byte in every other position. */
function utf16SansBom(octets: Uint8Array): Encodage | null {
  const n = Math.min(octets.length, 1024) & ~1;
  if (n < 4) return null;
  let zerosPairs = 0;
  let zerosImpairs = 0;
  for (let i = 0; i < n; i += 2) {
    if (octets[i] === 0) zerosPairs++;
    if (octets[i + 1] === 0) zerosImpairs++;
  }
  const paires = n / 2;
  if (zerosImpairs > paires * 0.6 && zerosPairs < paires * 0.1) return 'utf-16le';
  if (zerosPairs > paires * 0.6 && zerosImpairs < paires * 0.1) return 'utf-16be';
  return null;
}

/** Characters of the bytes 0x80–0x9F in Windows-1252 (the five unused bytes stay as they are). */
const CP1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252. Node 20's TextDecoder reads this label as Latin-1 (0x80–0x9F as control
 * characters, where browsers give `€`, `’`, `œ`…): those bytes are mapped here, the same everywhere.
 */
function windows1252(octets: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(octets);
  return latin1.replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] as string);
}

/** The text, and the encoding it was read in (UTF-8 falls back to Windows-1252). */
function lire(octets: Uint8Array): { texte: string; encodage: Encodage } {
  const { encodage, debut } = encodageDe(octets);
  const corps = octets.subarray(debut);
  if (encodage !== 'utf-8') return { texte: new TextDecoder(encodage).decode(corps), encodage };
  try {
    const texte = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(corps);
    return { texte, encodage };
  } catch {
    return { texte: windows1252(corps), encodage: 'windows-1252' };
  }
}

function encodageDe(octets: Uint8Array): { encodage: Encodage; debut: number } {
  if (commence(octets, [0xef, 0xbb, 0xbf])) return { encodage: 'utf-8', debut: 3 };
  if (commence(octets, [0xff, 0xfe])) return { encodage: 'utf-16le', debut: 2 };
  if (commence(octets, [0xfe, 0xff])) return { encodage: 'utf-16be', debut: 2 };
  return { encodage: utf16SansBom(octets) ?? 'utf-8', debut: 0 };
}

/** A text given as such is taken as it is, less a leading BOM. */
export function decoder(source: string | Uint8Array): Decodage {
  if (typeof source === 'string') {
    return { ok: true, texte: source.replace(/^\uFEFF/, ''), encodage: 'utf-8' };
  }
  if (estClasseur(source)) return { ok: false, message: MESSAGES_FICHIERS.classeur };
  const { texte, encodage } = lire(source);
  if (texte.includes('\u0000')) return { ok: false, message: MESSAGES_FICHIERS.binaire };
  return { ok: true, texte, encodage };
}
