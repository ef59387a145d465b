/** Validates each raw situation and runs the engine on the valid ones. */
import { simuler, validerSituation } from '../engine/index.ts';
import type { Entree } from './entree.ts';
import type { Simulation } from './format-output.ts';

export interface Bilan {
  simulations: Simulation[];
  /** One French line per invalid situation: `élément 3 : patientele.mtAdultes : doit être …`. */
  rejets: string[];
}

/** An engine failure (a bug, never a user error), located on its input. */
export class ErreurMoteur extends Error {
  override name = 'ErreurMoteur';
}

const uneLigne = (texte: string): string => texte.replace(/\s*[\r\n]+\s*/g, ' ');

export function simulerEntrees(entrees: readonly Entree[]): Bilan {
  const simulations: Simulation[] = [];
  const rejets: string[] = [];
  for (let i = 0; i < entrees.length; i++) {
    const { lieu, valeur } = entrees[i] as Entree;
    const validation = validerSituation(valeur);
    if (!validation.ok) {
      rejets.push(uneLigne(`${lieu} : ${validation.erreurs.map((e) => e.message).join(' ; ')}`));
      continue;
    }
    try {
      simulations.push({ index: i + 1, resultat: simuler(validation.situation) });
    } catch (erreur) {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      throw new ErreurMoteur(`${lieu} : ${message}`, { cause: erreur });
    }
  }
  return { simulations, rejets };
}
