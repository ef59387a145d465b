import type { Statut } from '../../engine/simulation.ts';
import { euros } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';

/** An amount, or why there is none: set by the CPAM (à confirmer) or not computable (incomplete). */
export function montantLisible(montant: number | null, statut: Statut): string {
  if (montant !== null) return euros(montant);
  return statut === 'a-confirmer' ? fr.plan.nonCalcule : fr.plan.inconnu;
}
