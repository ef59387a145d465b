/**
 * A CSV text's records indexed instead of parsed (issue 13): the command line types a big file's
 * rows slice by slice, each thread reading a record's cells only when its slice needs them. Same
 * records and same errors as analyserCsv (tests/fichiers/lire-tableau.test.ts).
 */
import {
  detecterSeparateur,
  finVide,
  lireEnregistrement,
  suivant,
  type CodeErreurCsv,
  type EnregistrementCsv,
  type Separateur,
} from './analyser-csv.ts';

/**
 * The records of a CSV text found without reading their cells: where each starts, the line where
 * it ends and its width. `enregistrement(k)` reads record k's cells, exactly as analyserCsv gives
 * them, when they are needed: a big file's rows are never all held as strings at once.
 */
export interface IndexCsv {
  separateur: Separateur;
  nombre: number;
  /** Line of the file where record k ends (from 1), as EnregistrementCsv#ligne. */
  ligne: (k: number) => number;
  largeur: (k: number) => number;
  /** Record k; with `cellules`, only its first cells (fewer to read when only those matter). */
  enregistrement: (k: number, cellules?: number) => EnregistrementCsv;
  /**
   * Record k's cell at `colonne` (from 0) when it and every cell before it are plain: no quote,
   * and the cell itself only printable ASCII without blanks, as enregistrement would give it;
   * null otherwise (read the record). Only on bytes (indexer-csv-octets.ts): one column of a big
   * file read without decoding its records (annees-csv.ts).
   */
  cellule?: (k: number, colonne: number) => string | null;
}

export type IndexationCsv =
  ({ ok: true } & IndexCsv) | { ok: false; code: CodeErreurCsv; ligne: number; colonne: number };

/** analyserCsv's records, indexed (same records, same errors). */
export function indexerCsv(
  source: string,
  separateur: Separateur = detecterSeparateur(source),
): IndexationCsv {
  const texte = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = separateur.charCodeAt(0);
  const debuts: number[] = [];
  const lignesDebut: number[] = [];
  const lignes: number[] = [];
  const largeurs: number[] = [];
  const r = finVide();
  for (let i = 0, ligne = 1; i >= 0; i = suivant(texte, r.fin), ligne = r.ligne + 1) {
    lireEnregistrement(texte, sep, i, ligne, null, r);
    if (r.erreur) return { ok: false, code: r.erreur, ligne: r.ligne, colonne: r.nombre + 1 };
    if (!r.nonVide) continue;
    debuts.push(i);
    lignesDebut.push(ligne);
    lignes.push(r.ligne);
    largeurs.push(r.nombre);
  }
  return {
    ok: true,
    separateur,
    nombre: debuts.length,
    ligne: (k) => lignes[k]!,
    largeur: (k) => largeurs[k]!,
    enregistrement: (k, max) => {
      const cellules: string[] = [];
      lireEnregistrement(texte, sep, debuts[k]!, lignesDebut[k]!, cellules, finVide(), max);
      return { cellules, ligne: lignes[k]! };
    },
  };
}
