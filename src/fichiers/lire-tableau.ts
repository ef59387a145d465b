/**
 * A CSV file of situations (bytes or text) → one raw situation per row, as the command line and
 * lot.html both read it: encoding and separator detected, a header of field names, cells typed by
 * the schema's field types. Outcomes are data: a refusal carries a French message that says what
 * was expected (the caller adds the file's name).
 */
import { analyserCsv, type Separateur } from './analyser-csv.ts';
import { decoder, nomEncodage, type Encodage } from './decoder.ts';
import { lireEnTete, type Poseur } from './colonnes.ts';
import { MESSAGES_FICHIERS as M } from './messages.ts';

export interface LigneTableau {
  /** Line of the file where the row ends (the header is line 1 when it comes first). */
  ligne: number;
  valeur: Record<string, unknown>;
  /** Number of cells of the row (the header's width when well formed). */
  largeur: number;
}

export type LectureTableau =
  | {
      ok: true;
      largeur: number;
      lignes: LigneTableau[];
      /** How a CSV was read (absent for an Excel workbook, xlsx-lire.ts). */
      separateur?: Separateur;
      encodage?: Encodage;
    }
  | { ok: false; vide: boolean; message: string };

/** Beginning of the header line, for the message on a header that names no field. */
function debutEnTete(cellules: readonly string[], separateur: Separateur): string {
  const texte = cellules.join(separateur);
  return texte.length > 60 ? `${texte.slice(0, 60)}…` : texte;
}

export function lireTableau(source: string | Uint8Array): LectureTableau {
  const decodage = decoder(source);
  if (!decodage.ok) return { ok: false, vide: false, message: decodage.message };
  return lireTableauDecode(decodage.texte, decodage.encodage);
}

/** The same, on a text already decoded (`encodage`: how it was read, for the messages). */
export function lireTableauDecode(texte: string, encodage: Encodage): LectureTableau {
  const analyse = analyserCsv(texte);
  if (!analyse.ok) {
    const { ligne, colonne, code } = analyse;
    return { ok: false, vide: false, message: M.malForme(ligne, colonne, M.raisons[code]) };
  }
  const { separateur, enregistrements } = analyse;
  const [entete] = enregistrements;
  const lecture = lireEnregistrements(enregistrements, () =>
    M.enteteInconnu(debutEnTete(entete?.cellules ?? [], separateur), nomEncodage(encodage)),
  );
  return lecture.ok ? { ...lecture, separateur, encodage } : lecture;
}

/**
 * Records (the header first) → typed rows; shared by the CSV reader and the Excel one.
 * `enteteInconnu`: the message when no column names a field.
 */
export function lireEnregistrements(
  enregistrements: readonly { cellules: readonly string[]; ligne: number }[],
  enteteInconnu: () => string,
): LectureTableau {
  const [entete, ...donnees] = enregistrements;
  if (!entete) return { ok: false, vide: true, message: M.vide };
  const lecture = lireEnTete(entete.cellules);
  if (!lecture.ok) return { ok: false, vide: false, message: lecture.message };
  if (!lecture.champConnu) return { ok: false, vide: false, message: enteteInconnu() };
  const { poseurs } = lecture;
  const lignes: LigneTableau[] = new Array(donnees.length);
  for (let n = 0; n < donnees.length; n++) {
    const { cellules, ligne } = donnees[n] as (typeof donnees)[number];
    lignes[n] = { ligne, valeur: typerCellules(poseurs, cellules), largeur: cellules.length };
  }
  return { ok: true, largeur: entete.cellules.length, lignes };
}

/** One row's cells → its raw situation, by the header's setters (lireEnTete). */
export function typerCellules(
  poseurs: readonly (Poseur | null)[],
  cellules: readonly string[],
): Record<string, unknown> {
  const valeur: Record<string, unknown> = {};
  const fin = Math.min(cellules.length, poseurs.length);
  for (let i = 0; i < fin; i++) {
    const cellule = cellules[i] as string;
    const poser = poseurs[i];
    if (cellule !== '' && poser) poser(valeur, cellule);
  }
  return valeur;
}
