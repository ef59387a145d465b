/**
 * The calendar as a CSV file for French spreadsheets: `;` between cells, decimal comma, a BOM so
 * the accents read well, CRLF line ends. Dates stay ISO (YYYY-MM-DD), which spreadsheets recognise.
 */
import type { Versement } from '../../../engine/annexes.ts';
import { frCal } from './messages.ts';

function cellule(valeur: string): string {
  return /[";\r\n]/.test(valeur) ? `"${valeur.replaceAll('"', '""')}"` : valeur;
}

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
  return `\uFEFF${[frCal.csv.entete, ...lignes].map((l) => l.map(cellule).join(';')).join('\r\n')}\r\n`;
}
