/**
 * CSV input: a header of field names, then one situation per row (see aide.ts for the format),
 * read by the shared reader of src/fichiers (encoding, separator, cell types). A row whose width
 * differs from the header's stops the reading: its cells cannot be matched to the columns.
 */
import { decoder, type Encodage } from '../fichiers/decoder.ts';
import { lireTableauDecode } from '../fichiers/lire-tableau.ts';
import { MESSAGES_FICHIERS } from '../fichiers/messages.ts';
import type { Lecture } from './entree.ts';
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
