/**
 * The calendar as a CSV file for French spreadsheets: `;` between cells, decimal comma, a BOM so
 * the accents read well, CRLF line ends; written by the shared writer (src/fichiers), which
 * neutralises would-be formulas. Dates stay ISO (YYYY-MM-DD), which spreadsheets recognise.
 */
import type { Versement } from '../../../engine/calendrier.ts';
import { formatCsv, texteCsv } from '../../../fichiers/ecrire-csv.ts';
import { frCal } from './messages.ts';

const FORMAT = formatCsv({ separateur: ';', bom: true, finDeLigne: '\r\n' });

/** Always two decimals (`5500,00`), as the amounts column of a spreadsheet shows them. */
const decimal = (x: number): string => x.toFixed(2).replace('.', ',');

export function calendrierCsv(versements: readonly Versement[]): string {
  const lignes = versements.map((v) => [
    String(v.annee),
    v.portion === undefined ? '' : String(v.portion),
    v.anneePortion === undefined ? '' : String(v.anneePortion),
    v.date,
    frCal.nature(v.nature, v.part),
    String(Math.round(v.part * 100)),
    decimal(v.montant),
    v.indicatif ? frCal.csv.oui : frCal.csv.non,
    v.note,
  ]);
  return texteCsv([frCal.csv.entete, ...lignes], FORMAT);
}
