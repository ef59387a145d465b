/**
 * Parse at the boundary: the answers are validated by the engine's schema; a field in error is
 * set aside (its French message kept for its input) and the rest of the answers still simulate.
 */
import { validerSituation, type ErreurChamp, type Situation } from '../../engine/saisie.ts';
import { erreursEnFrancais } from '../messages/erreurs-champs.ts';
import { cleDuChamp, versSituation, type Reponses, type Structure } from './champs.ts';
import { sansInconnues } from './inconnues.ts';

export interface Analyse {
  situation: Situation | null;
  /** Errors in French, by field path (`assistants.0.etp`), for the inputs and the summary. */
  erreurs: ErreurChamp[];
  /** Answer keys set aside because they are invalid. */
  ecartees: string[];
  /** Required answers not given yet (not errors: shown only when the user tries to go on). */
  absents: ErreurChamp[];
}

export function analyser(reponses: Reponses): Analyse {
  /** A yes/no answered "je ne sais pas" is not an answer for the engine (inconnues.ts). */
  const courantes: Record<string, string> = sansInconnues(reponses);
  const erreurs: ErreurChamp[] = [];
  const ecartees: string[] = [];
  const absents: ErreurChamp[] = [];
  for (let tour = 0; tour < 12; tour += 1) {
    const resultat = validerSituation(versSituation(courantes));
    if (resultat.ok)
      return { situation: resultat.situation, erreurs: enFrancais(erreurs), ecartees, absents };
    let retire = false;
    for (const erreur of resultat.erreurs) {
      const cle = cleDuChamp(erreur.champ);
      if (cle !== undefined && !(cle in reponses)) {
        if (!absents.some((e) => e.champ === erreur.champ)) absents.push(erreur);
        continue;
      }
      if (!erreurs.some((e) => e.champ === erreur.champ)) erreurs.push(erreur);
      if (cle !== undefined && cle in courantes) {
        delete courantes[cle];
        if (!ecartees.includes(cle)) ecartees.push(cle);
        retire = true;
      }
    }
    if (!retire) break;
  }
  return { situation: null, erreurs: enFrancais(erreurs), ecartees, absents };

  /** Messages name the field by its French label in the wizard's units (the CLI keeps its own). */
  function enFrancais(liste: ErreurChamp[]): ErreurChamp[] {
    const structure = reponses.structure as Structure | undefined;
    return erreursEnFrancais(liste, structure);
  }
}

/** Errors of one input: exact path, or any item below it (`atteinte` holds `atteinte.2`). */
export function erreursDe(erreurs: readonly ErreurChamp[], champ: string): ErreurChamp[] {
  return erreurs.filter((e) => e.champ === champ || e.champ.startsWith(`${champ}.`));
}
