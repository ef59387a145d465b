/**
 * Browser adapter of the command line's CSV reading: the same column names and cell typing (the
 * pure `lireEnTete` of src/cli/colonnes.ts), parsed by csv-parse's browser build (the Node build
 * the command line uses needs `Buffer`). Unlike the command line, a row of the wrong width is an
 * error of that row only: the other rows are still simulated.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { lireEnTete } from '../../../cli/colonnes.ts';
import type { ErreurChamp } from '../../../engine/index.ts';
import { txt } from './messages.ts';

export interface Entree {
  /** Line of the file where the row ends (the header is line 1). */
  ligne: number;
  valeur: Record<string, unknown>;
  /** Errors found before validation (row width). */
  erreurs: ErreurChamp[];
}

export type LectureCsv = { ok: true; entrees: Entree[] } | { ok: false; message: string };

interface Enregistrement {
  record: string[];
  info: { lines: number };
}

const OPTIONS = {
  bom: true,
  trim: true,
  skip_empty_lines: true,
  skip_records_with_empty_values: true,
  relax_column_count: true,
  info: true,
} as const;

function messageErreurCsv(erreur: unknown, nom: string): string {
  const e = (erreur ?? {}) as { code?: string; lines?: number; column?: number };
  const ligne = typeof e.lines === 'number' ? `, ligne ${e.lines}` : '';
  const colonne = typeof e.column === 'number' ? `, colonne ${e.column + 1}` : '';
  const raison = (e.code && txt.erreursCsv.raisons[e.code]) ?? txt.erreursCsv.illisible;
  return txt.erreursCsv.malForme(nom, `${ligne}${colonne}`, raison);
}

export function lireCsv(texte: string, nom: string): LectureCsv {
  let enregistrements: Enregistrement[];
  try {
    enregistrements = parse(texte, OPTIONS) as unknown as Enregistrement[];
  } catch (erreur) {
    return { ok: false, message: messageErreurCsv(erreur, nom) };
  }
  const [entete, ...donnees] = enregistrements;
  if (!entete) return { ok: false, message: txt.erreursCsv.vide(nom) };
  let poseurs: ReturnType<typeof lireEnTete>;
  try {
    poseurs = lireEnTete(entete.record, nom);
  } catch (erreur) {
    return { ok: false, message: erreur instanceof Error ? erreur.message : String(erreur) };
  }
  const largeur = entete.record.length;
  const entrees = donnees.map(({ record, info }): Entree => {
    const valeur: Record<string, unknown> = {};
    if (record.length !== largeur) {
      const message = txt.erreursCsv.cellules(record.length, largeur);
      return { ligne: info.lines, valeur, erreurs: [{ champ: 'ligne', message }] };
    }
    for (let i = 0; i < record.length; i++) {
      const cellule = record[i] as string;
      const poser = poseurs[i];
      if (cellule !== '' && poser) poser(valeur, cellule);
    }
    return { ligne: info.lines, valeur, erreurs: [] };
  });
  return { ok: true, entrees };
}
