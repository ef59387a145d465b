/**
 * Which questions the wizard asks: those the rules read for the answers given so far (issue 14).
 * The engine records every field an evaluation consults (engine/simulation.ts, `lectures`); a field
 * it does not read cannot change the result, whatever its answer. A field's first reading cannot
 * depend on its own value, so one evaluation of the current answers tells every field's usefulness,
 * and a question stays on screen once answered. No rule is restated here.
 */
import {
  CATALOGUE,
  OPTIONS,
  optionsOuvertesDe,
  type OptionId,
  type Situation,
} from '../../engine/saisie.ts';
import { lectures } from '../../engine/simulation.ts';

/** Groups of fields (`patientele`, `objectif`…): an absent one is read as empty, so its fields are. */
const GROUPES = [
  ...new Set(
    CATALOGUE.filter((c) => c.chemin.includes('.') && !c.chemin.includes('#')).map(
      (c) => c.chemin.split('.')[0]!,
    ),
  ),
];

function avecGroupes(situation: Situation): Situation {
  const copie: Record<string, unknown> = { ...situation };
  for (const g of GROUPES) copie[g] ??= {};
  return copie as Situation;
}

/** Whether the answer to a field can change the result: whether the rules read it. */
export function utilite(situation: Situation | null): (cle: string) => boolean {
  if (situation === null) return () => true;
  let lus: ReadonlySet<string>;
  try {
    lus = new Set(lectures(avecGroupes(situation)).lus);
  } catch (erreur) {
    console.error(erreur);
    return () => true;
  }
  return (cle) => lus.has(cle);
}

/** Options a new contract can choose under the regime of this situation, as the engine lists them. */
export function optionsOuvertes(situation: Situation | null): OptionId[] {
  if (situation === null || situation.structure !== 'liberal') return [];
  try {
    return optionsOuvertesDe(situation);
  } catch (erreur) {
    console.error(erreur);
    return [...OPTIONS];
  }
}
