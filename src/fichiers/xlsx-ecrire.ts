/**
 * Excel workbooks we write (results, template): write-excel-file (small, no formula is ever
 * written: every text goes out as a string cell, and would-be formulas are neutralised like in
 * our CSV files, OWASP). Returns the bytes; the command line writes them to its output, lot.html
 * offers them as a download. Loaded on demand only.
 */
import writeExcelFile from 'write-excel-file/universal';
import { neutraliser } from './ecrire-csv.ts';
import type { CelluleTableau } from './resultats.ts';

export interface Feuille {
  nom: string;
  lignes: readonly (readonly CelluleTableau[])[];
  /** First row in bold and kept visible on scrolling. */
  entete?: boolean;
  /** Column widths, in characters. */
  largeurs?: readonly number[];
}

type CelluleXlsx = {
  value: string | number;
  type: StringConstructor | NumberConstructor;
  fontWeight?: 'bold';
} | null;

function celluleXlsx(valeur: CelluleTableau, gras: boolean): CelluleXlsx {
  if (valeur === null || valeur === '') return null;
  const style = gras ? { fontWeight: 'bold' as const } : {};
  if (typeof valeur === 'number') return { value: valeur, type: Number, ...style };
  return { value: neutraliser(valeur), type: String, ...style };
}

/** Default width: the longest cell of each column (first 200 rows), between 8 and 60. */
function largeursAuto(lignes: Feuille['lignes']): number[] {
  const largeurs: number[] = [];
  for (const ligne of lignes.slice(0, 200))
    ligne.forEach((c, i) => {
      const n = c === null ? 0 : String(c).length;
      largeurs[i] = Math.max(largeurs[i] ?? 8, Math.min(60, n + 2));
    });
  return largeurs;
}

export async function classeur(feuilles: readonly Feuille[]): Promise<Uint8Array> {
  const donnees = feuilles.map((f) => ({
    sheet: f.nom,
    data: f.lignes.map((ligne, i) =>
      ligne.map((c) => celluleXlsx(c, Boolean(f.entete) && i === 0)),
    ),
    columns: (f.largeurs ?? largeursAuto(f.lignes)).map((width) => ({ width })),
    ...(f.entete ? { stickyRowsCount: 1 } : {}),
  }));
  // The library's types describe each sheet's options loosely; the shape is its documented one.
  const blob = await writeExcelFile(donnees as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
