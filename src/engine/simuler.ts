/** Entry of the engine: regime by signature date (or forced), then the liberal or centre rules. */
import type { Situation, SituationCollectif } from '../schemas/index.ts';
import { VERSION_REGLES } from './parametres/version.ts';
import { Raisons } from './regles/raisons.ts';
import { premierDebut, regimeDe } from './regles/regime.ts';
import { simulerCentre } from './regles/centre/simuler-centre.ts';
import { simulerLiberal } from './regles/liberal/simuler-liberal.ts';
import { simulerCollectif } from './regles/collectif/simuler-collectif.ts';
import {
  comparerCollectifIndividuels,
  type Comparaison,
  type OptionIndividuelle,
} from './regles/collectif/comparaison.ts';
import { strategiesDe } from './strategies.ts';
import type { OptionsSimulation, Resultat } from './types.ts';
import { enregistree, journal, type Journal } from './lectures.ts';

/** A signature date before the first regime of its structure: no scheme (RULES.md §8.1). */
function aucunDispositif(s: Situation): Resultat {
  const r = new Raisons();
  r.ajouter('ineligible', 'aucun-dispositif', {
    dateSignature: s.dateSignature,
    debut: premierDebut(s.structure),
  });
  return {
    structure: s.structure,
    regime: null,
    bande: null,
    option: s.structure === 'liberal' ? (s.option ?? null) : null,
    eligibilite: r.eligibilite(),
    objectif: {
      mt: null,
      fileActive: null,
      origine: 'aucun',
      explications: { mt: null, fileActive: null },
    },
    annees: [],
    total: 0,
    versionRegles: VERSION_REGLES,
  };
}

export function simuler(situation: Situation, options: OptionsSimulation = {}): Resultat {
  const resultat = simulerSansReference(situation, options);
  // The user's identifier of the row, first, so that every output carries it (cases README).
  return situation.reference === undefined
    ? resultat
    : { reference: situation.reference, ...resultat };
}

function simulerSansReference(situation: Situation, options: OptionsSimulation): Resultat {
  const strategies = strategiesDe(options.strategies);
  const regime = regimeDe(situation);
  if (regime === null) return aucunDispositif(situation);
  if (situation.structure === 'centre') return simulerCentre(situation, strategies);
  if (situation.structure === 'collectif') return simulerCollectif(situation, strategies);
  if (regime === 'ancs-avenant3-2020' || regime === 'collectif-2026')
    throw new Error(`Régime ${regime} pour un médecin libéral`);
  return simulerLiberal(situation, regime, strategies);
}

export interface Lectures {
  resultat: Resultat;
  /** Public fields the rules read for this result (dotted for nested ones), in reading order. */
  lus: string[];
  /** Those of them that were not answered. */
  manquants: string[];
}

/**
 * The result (without the user's `reference`, which is only copied) and the fields the rules read
 * to reach it (issue 14): a field not read cannot change this result, whatever its value; nor can
 * `a.b` when `a` was read and absent. A situation may lack required answers (the wizard's, while
 * it is being filled): the rules then read them as absent.
 */
export function lectures(situation: Situation, options: OptionsSimulation = {}): Lectures {
  const j: Journal = journal();
  const resultat = simulerSansReference(enregistree(situation, j), options);
  return { resultat, lus: [...j.lus], manquants: [...j.manquants] };
}

/**
 * The collective contract next to individual convention-2024 contracts for the same group
 * (RULES.md §7 bis.3); `null` when the number of adhering doctors is unknown.
 */
export function comparerCollectif(
  situation: SituationCollectif,
  options: OptionsSimulation & { optionIndividuelle?: OptionIndividuelle } = {},
): Comparaison | null {
  return comparerCollectifIndividuels(
    situation,
    strategiesDe(options.strategies),
    options.optionIndividuelle,
  );
}
