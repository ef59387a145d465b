/**
 * The side-by-side comparison of a group (RULES.md §7 bis.3), asked to the engine: a bug of the
 * engine gives `null` (the section then says it could not be computed), never a blank page.
 */
import {
  comparerCollectif,
  type Comparaison,
  type OptionIndividuelle,
} from '../../engine/simulation.ts';
import { type Situation } from '../../engine/saisie.ts';

export function comparerSansPanne(
  situation: Situation,
  optionIndividuelle: OptionIndividuelle | undefined,
): Comparaison | null {
  if (situation.structure !== 'collectif') return null;
  try {
    return comparerCollectif(situation, optionIndividuelle ? { optionIndividuelle } : {});
  } catch (erreur) {
    console.error(erreur);
    return null;
  }
}
