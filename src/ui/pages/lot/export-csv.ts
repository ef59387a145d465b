/**
 * The results as a CSV file, built in the browser (no network): one row per line of the batch,
 * with the user's `reference`, codes and numbers as the command line writes them (`.` decimals,
 * `;` between list items), plus the French verdict and messages. A BOM lets spreadsheets read the
 * accents; cells holding `,` or `;` are quoted, so either separator splits right. Written by the
 * shared writer (src/fichiers), which neutralises would-be formulas (`=HYPERLINK(…)` typed in a
 * reference comes out as `'=HYPERLINK(…)`).
 */
import { formatCsv, texteCsv, type CelluleCsv } from '../../../fichiers/ecrire-csv.ts';
import { nombreAnnees } from './tableau.ts';
import { txt } from './messages.ts';
import type { LigneLot } from './traitement.ts';

const FORMAT = formatCsv({ bom: true, finDeLigne: '\r\n', guillemetsAutreSeparateur: true });

const centimes = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;

export function versCsv(lignes: readonly LigneLot[]): string {
  const n = nombreAnnees(lignes);
  const annees = Array.from({ length: n }, (_, i) => `annee${i + 1}`);
  const entete = [
    'ligne',
    'reference',
    'structure',
    'statut',
    'verdict',
    'regime',
    'option',
    'raisons',
    'messages',
    ...annees,
    'total',
  ];
  const corps = lignes.map((l): CelluleCsv[] => [
    l.ligne,
    l.reference,
    l.structure,
    l.verdict,
    txt.verdicts[l.verdict],
    l.regime,
    l.etpCentre ?? l.option,
    l.raisons.map((r) => r.code).join(';'),
    [...l.raisons.map((r) => r.message), ...l.erreurs.map((e) => e.message)].join(' | '),
    ...annees.map((_, i) => centimes(l.montants[i] ?? null)),
    centimes(l.total),
  ]);
  return texteCsv([entete, ...corps], FORMAT);
}

/** Saves the text as a file (an object URL clicked through a temporary a[download]). */
export function telecharger(texte: string, nomFichier: string): void {
  const url = URL.createObjectURL(new Blob([texte], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = nomFichier;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
