/** Everything the UI asks the engine, in one place; a bug of the engine shows a message, never a blank page. */
import {
  OPTIONS,
  questionsUtiles,
  simuler,
  type OptionId,
  type Resultat,
  type Situation,
} from '../../engine/index.ts';

export function simulerSansPanne(situation: Situation | null): Resultat | null {
  if (situation === null) return null;
  try {
    return simuler(situation);
  } catch (erreur) {
    console.error(erreur);
    return null;
  }
}

/** Re-runs the engine on a variant of the situation (what-if, comparisons). */
export function variante(
  situation: Situation,
  changements: Record<string, unknown>,
): Resultat | null {
  return simulerSansPanne({ ...situation, ...changements } as Situation);
}

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

/** Year-1 amount of each open option, as the engine computes it for these answers. */
export function premiersMontants(
  situation: Situation | null,
  formater: (montant: number) => string,
): Record<string, string> {
  const descriptions: Record<string, string> = {};
  if (situation === null || situation.structure !== 'liberal') return descriptions;
  for (const option of optionsOuvertes(situation)) {
    const r = variante(situation, { option });
    const montant = r?.annees[0]?.montant;
    if (r && r.eligibilite.statut !== 'ineligible' && typeof montant === 'number')
      descriptions[option] = formater(montant);
  }
  return descriptions;
}
