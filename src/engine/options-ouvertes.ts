/**
 * The options a new liberal contract can choose under the regime of its signature date (RULES.md
 * §1, §2): what the wizard offers. A date before any regime, another structure or the centres'
 * regime: none.
 */
import type { OptionId, Situation } from '../schemas/index.ts';
import { optionsOuvertes } from './parametres/options.ts';
import { debutRegime } from './parametres/regimes.ts';
import { valeurAu } from './parametres/types.ts';
import { regimeDe } from './regles/regime.ts';

export function optionsOuvertesDe(situation: Situation): OptionId[] {
  if (situation.structure !== 'liberal') return [];
  const regime = regimeDe(situation);
  if (regime === null || regime === 'ancs-avenant3-2020' || regime === 'collectif-2026') return [];
  return [...valeurAu(optionsOuvertes, debutRegime(regime)).valeur];
}
