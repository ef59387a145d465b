/**
 * The results as a CSV file, built in the browser (no network, in the worker): one row per line of the batch,
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
import type { LigneResultat } from '../../../fichiers/resultats.ts';

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

export const TYPE_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FormatExport = 'xlsx' | 'csv-fr' | 'csv';

/** A row of the batch as the shared results table has it (src/fichiers/resultats.ts). */
export const versLigneResultat = (l: LigneLot): LigneResultat => ({
  numero: l.ligne,
  reference: l.reference,
  entree: l.entree,
  statut: l.verdict,
  raisons: [...l.raisons.map((r) => r.message), ...l.erreurs.map((e) => e.message)],
  regime: l.regime,
  option: l.etpCentre ?? l.option,
  objectif: l.objectif,
  montants: l.montants,
  total: l.total,
});

/** `resultats-medecins.csv` → `resultats-medecins.xlsx`… */
const nomExport = (nom: string, extension: string): string =>
  `resultats-${nom.replace(/\.(csv|xlsx)$/i, '')}.${extension}`;

/**
 * An export ready to save: a Blob (its bytes stay out of the page's heap: posted from the worker,
 * a Blob is a handle) and its file name.
 */
export interface FichierExport {
  contenu: Blob;
  nom: string;
}

const TYPE_CSV = 'text/csv;charset=utf-8';
const fichier = (contenu: string | Uint8Array, nom: string, type = TYPE_CSV): FichierExport => ({
  contenu: new Blob([contenu as BlobPart], { type }),
  nom,
});

/**
 * The three exports, built where the rows are (the worker): the advisor's table in Excel or
 * French CSV (the same writers as the command line's `--format xlsx` / `csv-fr`, loaded on
 * demand), or the plain CSV above. The page only saves the file (telecharger.ts).
 */
export async function fichierExport(
  lignes: readonly LigneLot[],
  format: FormatExport,
  nom: string,
): Promise<FichierExport> {
  if (format === 'csv') return fichier(versCsv(lignes), nomExport(nom, 'csv'));
  const { csvFrancais, tableauResultats } = await import('../../../fichiers/resultats.ts');
  const resultats = lignes.map(versLigneResultat);
  if (format === 'csv-fr') return fichier(csvFrancais(resultats), nomExport(nom, 'csv'));
  const { classeur } = await import('../../../fichiers/xlsx-ecrire.ts');
  const octets = await classeur([
    { nom: 'Résultats', lignes: tableauResultats(resultats), entete: true },
  ]);
  return fichier(octets, nomExport(nom, 'xlsx'), TYPE_XLSX);
}
