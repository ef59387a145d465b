/**
 * Everything the UI asks the rules engine (`simuler`), in one place; a bug of the engine shows a
 * message, never a blank page. The simulator loads this module after its first render (moteur.ts).
 */
import { simuler, type Resultat } from '../../engine/simulation.ts';
import { type Situation } from '../../engine/saisie.ts';
import { optionsOuvertes } from './questions.ts';

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
