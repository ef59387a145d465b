/**
 * The project's one CSV writer (command line, lot.html, calendar, cost): RFC 4180 quoting, a choice
 * of separator, decimal comma, BOM and line end, and the neutralisation of formula cells that OWASP
 * recommends against CSV injection (https://owasp.org/www-community/attacks/CSV_Injection): a text
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝＋－＠`
 * that some spreadsheets also read as formulas) gets a leading `'`, so a spreadsheet shows it as
 * text instead of running it. Numbers are never touched, negative ones included.
 */

export type CelluleCsv = string | number | null | undefined;

export interface FormatCsv {
  separateur: ',' | ';';
  /** Numbers written with a decimal comma (`12,5`), as French spreadsheets expect. */
  virguleDecimale: boolean;
  /** A UTF-8 byte order mark first, so spreadsheets read the accents right. */
  bom: boolean;
  finDeLigne: '\n' | '\r\n';
  /** Also quote cells that hold the other separator, so the file splits right either way. */
  guillemetsAutreSeparateur: boolean;
}

/** Comma, point decimals, LF, no BOM: the command line's output (csv-stringify's defaults). */
export const FORMAT_CSV_DEFAUT: Readonly<FormatCsv> = {
  separateur: ',',
  virguleDecimale: false,
  bom: false,
  finDeLigne: '\n',
  guillemetsAutreSeparateur: false,
};

export const formatCsv = (choix: Partial<FormatCsv> = {}): FormatCsv => ({
  ...FORMAT_CSV_DEFAUT,
  ...choix,
});

/** First characters a spreadsheet may take for a formula. */
const DEBUT_DE_FORMULE = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A text that is only a negative number (`-9560.73`, `-12,5`): harmless, left as it is. */
const NOMBRE_NEGATIF = /^-(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** The text a spreadsheet will show as typed: `'` before a would-be formula. */
export function neutraliser(texte: string): string {
  return DEBUT_DE_FORMULE.test(texte) && !NOMBRE_NEGATIF.test(texte) ? `'${texte}` : texte;
}

function guillemetsRequis(texte: string, format: FormatCsv): boolean {
  return (
    texte.includes('"') ||
    texte.includes('\n') ||
    texte.includes('\r') ||
    texte.includes(format.separateur) ||
    (format.guillemetsAutreSeparateur && texte.includes(format.separateur === ',' ? ';' : ','))
  );
}

export function celluleCsv(valeur: CelluleCsv, format: FormatCsv = FORMAT_CSV_DEFAUT): string {
  if (valeur === null || valeur === undefined || valeur === '') return '';
  let texte: string;
  if (typeof valeur === 'number') {
    texte = String(valeur);
    if (format.virguleDecimale) texte = texte.replace('.', ',');
  } else texte = neutraliser(valeur);
  return guillemetsRequis(texte, format) ? `"${texte.replaceAll('"', '""')}"` : texte;
}

/** One record, its line end included. */
export function ligneCsv(
  cellules: readonly CelluleCsv[],
  format: FormatCsv = FORMAT_CSV_DEFAUT,
): string {
  let ligne = '';
  for (let i = 0; i < cellules.length; i++) {
    if (i > 0) ligne += format.separateur;
    ligne += celluleCsv(cellules[i], format);
  }
  return ligne + format.finDeLigne;
}

/** A whole file: the BOM if asked, then every record. */
export function texteCsv(
  lignes: Iterable<readonly CelluleCsv[]>,
  format: FormatCsv = FORMAT_CSV_DEFAUT,
): string {
  let texte = format.bom ? '\uFEFF' : '';
  for (const cellules of lignes) texte += ligneCsv(cellules, format);
  return texte;
}
