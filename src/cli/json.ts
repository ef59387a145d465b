/** JSON reading with a French, located message on malformed input. */
import { ErreurUtilisateur } from './erreur-utilisateur.ts';
import { localiserErreurJson } from './localiser-erreur-json.ts';
import { ligneEtColonne } from './position-texte.ts';

export function lireJson(texte: string, nom: string): unknown {
  try {
    return JSON.parse(texte);
  } catch {
    const erreur = localiserErreurJson(texte) ?? { position: 0, message: 'JSON invalide' };
    const { ligne, colonne } = ligneEtColonne(texte, erreur.position);
    throw new ErreurUtilisateur(
      `${nom} : JSON mal formé, ligne ${ligne}, colonne ${colonne} : ${erreur.message}`,
    );
  }
}
