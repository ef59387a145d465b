/**
 * CSV input: a header of field names, then one situation per row (see aide.ts for the format),
 * read by the shared reader of src/fichiers (encoding, separator, cell types). A row whose width
 * differs from the header's stops the reading: its cells cannot be matched to the columns.
 */
import { analyserCsv, type EnregistrementCsv } from '../fichiers/analyser-csv.ts';
import { decoder, type Encodage } from '../fichiers/decoder.ts';
import { lireEnregistrements, lireTableauDecode } from '../fichiers/lire-tableau.ts';
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
 * The rows of lireCsv, each typed when its slice is asked for. The records are split and checked
 * here (header, widths); on any problem, or no row, lireCsv reads the whole text and says what is
 * wrong, word for word.
 */
export function lireCsvParTranches(texte: string, nom: string, encodage: Encodage): Source {
  const analyse = analyserCsv(texte);
  const [entete, ...donnees] = analyse.ok ? analyse.enregistrements : [];
  const largeur = entete?.cellules.length;
  if (
    !entete ||
    donnees.length === 0 ||
    !lireEnregistrements([entete], () => '').ok ||
    donnees.some((d) => d.cellules.length !== largeur)
  ) {
    return sourceDe(lireCsv(texte, nom, encodage));
  }
  const typer = (enregistrements: readonly EnregistrementCsv[]) => {
    const lecture = lireEnregistrements([entete, ...enregistrements], () => '');
    return lecture.ok ? lecture.lignes.map((l) => l.valeur) : [];
  };
  /** Columns whose setter writes the field, found by setting each alone on an empty row. */
  const trouvees = new Map<string, number[]>();
  const colonnes = (champ: string): number[] =>
    trouvees.get(champ) ??
    entete.cellules.flatMap((_, i) => {
      const cellules = entete.cellules.map((_, j) => (j === i ? '1' : ''));
      const [valeur] = typer([{ cellules, ligne: 2 }]);
      return valeur !== null && typeof valeur === 'object' && Object.hasOwn(valeur, champ)
        ? [i]
        : [];
    });
  return {
    nombre: donnees.length,
    tranche: (debut, fin) => typer(donnees.slice(debut, fin)),
    lieu: (position) => `ligne ${donnees[position]?.ligne ?? '?'}`,
    reduites: (debut, fin, champ) => {
      const gardees = colonnes(champ);
      trouvees.set(champ, gardees);
      return typer(
        donnees.slice(debut, fin).map(({ cellules, ligne }) => ({
          cellules: cellules.map((c, j) => (gardees.includes(j) ? c : '')),
          ligne,
        })),
      );
    },
  };
}
