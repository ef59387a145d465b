/**
 * lot.html's CSV reading: the shared reader of src/fichiers, as the command line uses it (encoding
 * and separator detected, same column names and cell typing), from the file's bytes or its text.
 * Unlike the command line, a row of the wrong width is an error of that row only: the other rows
 * are still simulated.
 */
import type { ErreurChamp } from '../../../engine/saisie.ts';
import { lireTableau, type LectureTableau } from '../../../fichiers/lire-tableau.ts';
import { MESSAGES_FICHIERS } from '../../../fichiers/messages.ts';
import { txt } from './messages.ts';

export interface Entree {
  /** Line of the file where the row ends (the header is line 1). */
  ligne: number;
  valeur: Record<string, unknown>;
  /** Errors found before validation (row width). */
  erreurs: ErreurChamp[];
}

export type LectureCsv = { ok: true; entrees: Entree[] } | { ok: false; message: string };

/** An Excel workbook's bytes start with the zip magic `PK\x03\x04`. */
const estZip = (source: string | Uint8Array): source is Uint8Array =>
  typeof source !== 'string' &&
  source[0] === 0x50 &&
  source[1] === 0x4b &&
  source[2] === 0x03 &&
  source[3] === 0x04;

/**
 * A CSV file or an Excel workbook (.xlsx, first sheet): the xlsx reader is loaded only when such a
 * file comes (a chunk of its own, never in the simulator's first load).
 */
export function lireFichier(
  source: string | Uint8Array,
  nom: string,
): LectureCsv | Promise<LectureCsv> {
  // A CSV is read synchronously (the first slice is simulated before the caller gets control).
  if (!estZip(source)) return lireCsv(source, nom);
  return import('../../../fichiers/xlsx-lire.ts').then(async ({ lireClasseur }) =>
    enEntrees(await lireClasseur(source), nom),
  );
}

export function lireCsv(source: string | Uint8Array, nom: string): LectureCsv {
  return enEntrees(lireTableau(source), nom);
}

function enEntrees(lecture: LectureTableau, nom: string): LectureCsv {
  if (!lecture.ok) {
    return {
      ok: false,
      message: lecture.vide ? txt.erreursCsv.vide(nom) : `« ${nom} » : ${lecture.message}.`,
    };
  }
  const { largeur } = lecture;
  const entrees = lecture.lignes.map(({ ligne, valeur, largeur: recu }): Entree => {
    if (recu === largeur) return { ligne, valeur, erreurs: [] };
    const message = MESSAGES_FICHIERS.cellules(recu, largeur);
    return { ligne, valeur: {}, erreurs: [{ champ: 'ligne', message }] };
  });
  return { ok: true, entrees };
}
