/**
 * What the wizard asks the engine before any result: which questions can change it and which
 * options are open. Only the questionnaire entry of the engine, so the first load carries no rule.
 */
import { OPTIONS, questionsUtiles, type OptionId, type Situation } from '../../engine/saisie.ts';

function sansChamp(situation: Situation, cle: string): Record<string, unknown> {
  const copie: Record<string, unknown> = { ...situation };
  const [tete, sous] = cle.split('.');
  if (tete === undefined) return copie;
  if (sous === undefined) delete copie[tete];
  else if (typeof copie[tete] === 'object' && copie[tete] !== null) {
    const interieur = { ...(copie[tete] as Record<string, unknown>) };
    delete interieur[sous];
    copie[tete] = interieur;
  }
  return copie;
}

/**
 * Whether the answer to a field can change the result: asked to the engine about the situation
 * without that answer, so a question stays on screen once answered.
 */
export function utilite(situation: Situation | null): (cle: string) => boolean {
  const cache = new Map<string, boolean>();
  return (cle) => {
    if (situation === null) return true;
    const connu = cache.get(cle);
    if (connu !== undefined) return connu;
    let reponse = true;
    try {
      const champs = questionsUtiles(sansChamp(situation, cle) as Situation).champs;
      reponse = champs.includes(cle) || champs.includes(cle.split('.')[0] ?? cle);
    } catch (erreur) {
      console.error(erreur);
    }
    cache.set(cle, reponse);
    return reponse;
  };
}

/** Options a new contract can choose under the regime of this situation, as the engine lists them. */
export function optionsOuvertes(situation: Situation | null): OptionId[] {
  if (situation === null || situation.structure !== 'liberal') return [];
  try {
    return questionsUtiles(situation).options;
  } catch (erreur) {
    console.error(erreur);
    return [...OPTIONS];
  }
}
