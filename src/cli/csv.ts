/** CSV input: a header of field names, then one situation per row (see aide.ts for the format). */
import { parse } from 'csv-parse/sync';
import { lireEnTete } from './colonnes.ts';
import type { Entree } from './entree.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

interface Ligne {
  record: string[];
  info: { lines: number };
}

const RAISONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé',
  CSV_INVALID_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
  INVALID_OPENING_QUOTE:
    'guillemet inattendu au milieu d’une cellule (entourer la cellule de guillemets et doubler ceux qu’elle contient)',
};

function messageErreurCsv(erreur: unknown, nom: string, colonnesEnTete: number | string): string {
  const e = (erreur ?? {}) as {
    code?: string;
    lines?: number;
    column?: number;
    record?: unknown[];
  };
  const ligne = typeof e.lines === 'number' ? `, ligne ${e.lines}` : '';
  if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    const recu = Array.isArray(e.record) ? e.record.length : e.column;
    return `${nom} : CSV mal formé${ligne} : ${recu} cellules alors que l’en-tête compte ${colonnesEnTete} colonnes`;
  }
  const colonne = typeof e.column === 'number' ? `, colonne ${e.column + 1}` : '';
  const raison = (e.code && RAISONS[e.code]) ?? 'contenu illisible';
  return `${nom} : CSV mal formé${ligne}${colonne} : ${raison}`;
}

/** Header width, for the message on a row of the wrong length. */
function compterColonnesEnTete(texte: string): number | string {
  try {
    const [entete] = parse(texte, { bom: true, to_line: 1 }) as string[][];
    return entete?.length ?? '?';
  } catch {
    return '?';
  }
}

export function lireCsv(texte: string, nom: string): Entree[] {
  let lignes: Ligne[];
  try {
    lignes = parse(texte, {
      bom: true,
      trim: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as Ligne[];
  } catch (erreur) {
    throw new ErreurUtilisateur(messageErreurCsv(erreur, nom, compterColonnesEnTete(texte)));
  }
  const [entete, ...donnees] = lignes;
  if (!entete) throw new ErreurUtilisateur(`${nom} : fichier vide, aucune situation à simuler`);
  const poseurs = lireEnTete(entete.record, nom);
  const entrees: Entree[] = new Array(donnees.length);
  for (let n = 0; n < donnees.length; n++) {
    const { record, info } = donnees[n] as Ligne;
    const valeur: Record<string, unknown> = {};
    for (let i = 0; i < record.length; i++) {
      const cellule = record[i] as string;
      const poser = poseurs[i];
      if (cellule !== '' && poser) poser(valeur, cellule);
    }
    entrees[n] = { lieu: `ligne ${info.lines}`, valeur };
  }
  return entrees;
}
