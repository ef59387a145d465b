/** The simulator's state read from the page's address: on load and when the back button is used. */
import { aujourdhui } from '../../horloge.ts';
import { fr } from '../../messages/fr.ts';
import { etatInitial, type Etat } from '../../state/reducer.ts';
import { lireUrl } from '../../state/url.ts';
import { IDS_ETAPES } from '../../wizard/etapes.ts';

export interface Depart {
  etat: Etat;
  /** What was dropped from the link, said in the status region. */
  notice: string | null;
}

export function depuisUrl(recherche: string): Depart {
  const lu = lireUrl(recherche, IDS_ETAPES);
  /** An invalid signature date is kept, so its field shows it with its error (never today instead). */
  const dateLue = lu.invalides.dateSignature;
  const reponses: Record<string, string> = {
    dateSignature: aujourdhui(),
    ...lu.reponses,
    ...(dateLue !== undefined ? { dateSignature: dateLue } : {}),
  };
  const ignores = lu.ignores.filter((k) => k !== 'dateSignature' || dateLue === undefined);
  const etape = lu.etape !== null && reponses.structure !== undefined ? lu.etape : 'structure';
  const notice = lu.versionInconnue
    ? fr.erreurs.lienVersion
    : ignores.length > 0
      ? fr.erreurs.lienIgnores(ignores)
      : null;
  return { etat: etatInitial(reponses, etape), notice };
}
