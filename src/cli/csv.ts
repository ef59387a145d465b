/** CSV input: a header of field names, then one situation per row (see aide.ts for the format). */
import { parse } from 'csv-parse/sync';
import { lireEnTete } from './colonnes.ts';
import type { Lecture } from './entree.ts';
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

const OPTIONS = {
  bom: true,
  trim: true,
  skip_empty_lines: true,
  skip_records_with_empty_values: true,
} as const;

/**
 * Line in the file of each data record. Only needed for messages, so computed on demand: asking
 * csv-parse for it on every record (`info`) slows the reading of big files by a third.
 */
function numerosDeLigne(texte: string): () => number[] {
  let numeros: number[] | null = null;
  return () => {
    numeros ??= (parse(texte, { ...OPTIONS, info: true }) as unknown as Ligne[])
      .slice(1)
      .map((ligne) => ligne.info.lines);
    return numeros;
  };
}

export function lireCsv(texte: string, nom: string): Lecture {
  let lignes: string[][];
  try {
    lignes = parse(texte, OPTIONS) as string[][];
  } catch (erreur) {
    throw new ErreurUtilisateur(messageErreurCsv(erreur, nom, compterColonnesEnTete(texte)));
  }
  const [entete, ...donnees] = lignes;
  if (!entete) throw new ErreurUtilisateur(`${nom} : fichier vide, aucune situation à simuler`);
  const poseurs = lireEnTete(entete, nom);
  const valeurs: Record<string, unknown>[] = new Array(donnees.length);
  for (let n = 0; n < donnees.length; n++) {
    const record = donnees[n] as string[];
    const valeur: Record<string, unknown> = {};
    for (let i = 0; i < record.length; i++) {
      const cellule = record[i] as string;
      const poser = poseurs[i];
      if (cellule !== '' && poser) poser(valeur, cellule);
    }
    valeurs[n] = valeur;
  }
  const lignesDuFichier = numerosDeLigne(texte);
  return { valeurs, lieu: (position) => `ligne ${lignesDuFichier()[position] ?? '?'}` };
}
