/**
 * "Je ne sais pas": a yes/no question of the wizard has three answers, none preselected. The answer
 * `inconnu` is kept in the answers and the URL (`zoneSousDense=inconnu`), so a reload, a shared link
 * or the back button keep it; it never reaches the engine (the situation simply lacks the field).
 * Old links without the key are unanswered, which the results treat the same way: never as "non".
 * The batch (lot.html, command line) keeps the documented convention, absent boolean = false.
 */
import { CHAMPS, type Reponses, type Structure } from './champs.ts';

export const INCONNU = 'inconnu';

export function estBooleen(cle: string): boolean {
  return CHAMPS[cle]?.type === 'booleen';
}

/** The answers the engine may see: a yes/no answered "je ne sais pas" is left out. */
export function sansInconnues(reponses: Reponses): Record<string, string> {
  const connues: Record<string, string> = {};
  for (const [cle, valeur] of Object.entries(reponses)) {
    if (!(valeur === INCONNU && estBooleen(cle))) connues[cle] = valeur;
  }
  return connues;
}

/** Yes/no questions of this structure not answered yes or no (unanswered or "je ne sais pas"). */
export function booleensNonRepondus(reponses: Reponses, structure: string): string[] {
  return Object.entries(CHAMPS)
    .filter(([, def]) => def.type === 'booleen' && def.structures.includes(structure as Structure))
    .map(([cle]) => cle)
    .filter((cle) => reponses[cle] !== 'true' && reponses[cle] !== 'false');
}
