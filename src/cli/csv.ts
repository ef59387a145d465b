/**
 * CSV input: a header of field names, then one situation per row (see aide.ts for the format),
 * read by the shared reader of src/fichiers (encoding, separator, cell types). A row whose width
 * differs from the header's stops the reading: its cells cannot be matched to the columns.
 */
import { indexerCsv, type IndexCsv } from '../fichiers/indexer-csv.ts';
import { lireEnTete, type Poseur } from '../fichiers/colonnes.ts';
import { decoder, type Encodage } from '../fichiers/decoder.ts';
import { lireTableauDecode, typerCellules } from '../fichiers/lire-tableau.ts';
import { MESSAGES_FICHIERS } from '../fichiers/messages.ts';
import { sourceDe, type Lecture, type Source } from './entree.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

/** `encodage`: how `source` was decoded when it is a text already (UTF-8 by default). */
export function lireCsv(source: string | Uint8Array, nom: string, encodage?: Encodage): Lecture {
  const decodage = decoder(source);
  if (!decodage.ok) throw new ErreurUtilisateur(`${nom} : ${decodage.message}`);
  const lecture = lireTableauDecode(decodage.texte, encodage ?? decodage.encodage);
  if (!lecture.ok) throw new ErreurUtilisateur(`${nom} : ${lecture.message}`);
  const { largeur, lignes } = lecture;
  const fautive = lignes.find((l) => l.largeur !== largeur);
  if (fautive) {
    throw new ErreurUtilisateur(
      `${nom} : ${MESSAGES_FICHIERS.largeur(fautive.ligne, fautive.largeur, largeur)}`,
    );
  }
  return {
    valeurs: lignes.map((l) => l.valeur),
    lieu: (position) => `ligne ${lignes[position]?.ligne ?? '?'}`,
  };
}

/**
 * The rows of lireCsv, each read and typed when its slice is asked for: the text is indexed here
 * (where each record starts, its width and line, checked against the header) without building
 * its cells, so no row is held as strings or values beyond its slice. On any problem, or no row,
 * lireCsv reads the whole text and says what is wrong, word for word.
 */
export function lireCsvParTranches(texte: string, nom: string, encodage: Encodage): Source {
  const index = indexerCsv(texte);
  return (index.ok ? sourceIndexee(index) : null) ?? sourceDe(lireCsv(texte, nom, encodage));
}

/**
 * The rows of an index (the header first), each typed when its slice is asked for; null when the
 * index holds no row, a row's width differs from the header's or the header names no field: the
 * caller then reads the whole text, which says what is wrong (shared with csv-par-tranches.ts).
 */
export function sourceIndexee(index: IndexCsv): Source | null {
  const entete = index.nombre > 1 ? index.enregistrement(0) : null;
  const lecture = entete ? lireEnTete(entete.cellules) : null;
  if (!entete || !lecture?.ok || !lecture.champConnu) return null;
  const largeur = entete.cellules.length;
  for (let k = 1; k < index.nombre; k++) if (index.largeur(k) !== largeur) return null;
  const { poseurs } = lecture;
  const nombre = index.nombre - 1;
  /** Rows `debut` to `fin` (excluded, from 0 after the header), typed by `avec`. */
  const typer = (debut: number, fin: number, avec: readonly (Poseur | null)[]) => {
    // Cells after the last column with a setter are not read.
    const utiles = avec.findLastIndex((poseur) => poseur !== null) + 1;
    const valeurs: Record<string, unknown>[] = [];
    for (let k = debut; k < Math.min(fin, nombre); k++)
      valeurs.push(typerCellules(avec, index.enregistrement(k + 1, utiles).cellules));
    return valeurs;
  };
  /** Setters of the columns that write the field, found by setting each alone on an empty row. */
  const trouves = new Map<string, (Poseur | null)[]>();
  const poseursDe = (champ: string): (Poseur | null)[] => {
    const connus = trouves.get(champ);
    if (connus) return connus;
    const gardes = poseurs.map((poseur, i) => {
      const cellules = entete.cellules.map((_, j) => (j === i ? '1' : ''));
      const valeur = typerCellules(poseurs, cellules);
      return Object.hasOwn(valeur, champ) ? poseur : null;
    });
    trouves.set(champ, gardes);
    return gardes;
  };
  /**
   * typer's rows when one column alone writes the field: its plain cells are read on the index
   * without the record (IndexCsv#cellule), the others as typer does.
   */
  const reduites = (debut: number, fin: number, avec: readonly (Poseur | null)[]) => {
    const colonne = avec.findIndex((poseur) => poseur !== null);
    const poseur = avec[colonne];
    const cellule = index.cellule;
    if (!poseur || !cellule || avec.findLastIndex((p) => p !== null) !== colonne)
      return typer(debut, fin, avec);
    const valeurs: Record<string, unknown>[] = [];
    for (let k = debut; k < Math.min(fin, nombre); k++) {
      const simple = cellule(k + 1, colonne);
      if (simple === null) valeurs.push(typerCellules(avec, index.enregistrement(k + 1).cellules));
      else {
        const valeur: Record<string, unknown> = {};
        if (simple !== '') poseur(valeur, simple);
        valeurs.push(valeur);
      }
    }
    return valeurs;
  };
  return {
    nombre,
    tranche: (debut, fin) => typer(debut, fin, poseurs),
    lieu: (position) =>
      `ligne ${position >= 0 && position < nombre ? index.ligne(position + 1) : '?'}`,
    reduites: (debut, fin, champ) => reduites(debut, fin, poseursDe(champ)),
  };
}
