/**
 * The social model at a distance (a Web Worker on the cost page): the page first lists the entries
 * the engine will ask for (a dry run with a recording model), has them computed elsewhere, then
 * runs the engine with a model that reads the answers back. The engine's code path is the same.
 */
import {
  coutNetAssistant,
  type CotisationsCalculees,
  type EntreeCotisations,
  type ModeleCotisations,
  type OptionsCout,
} from '../engine/cout.ts';
import { type Resultat } from '../engine/simulation.ts';
import { ANNEE_REGLES_MODELE, cleEntree, VERSION_MODELE_SOCIAL } from './modele-social.ts';

const IDENTITE = {
  nom: 'modele-social',
  version: VERSION_MODELE_SOCIAL,
  anneeRegles: ANNEE_REGLES_MODELE,
};
const VIDE: CotisationsCalculees = { cotisations: [], reductions: [] };

/** The distinct entries the engine needs for this result and these options. */
export function entreesNecessaires(resultat: Resultat, options: OptionsCout): EntreeCotisations[] {
  const entrees = new Map<string, EntreeCotisations>();
  coutNetAssistant(resultat, options, {
    ...IDENTITE,
    calculer: (e) => {
      entrees.set(cleEntree(e), e);
      return VIDE;
    },
  });
  return [...entrees.values()];
}

/** A model answering from computed entries (`null` when one is still missing). */
export function modeleDepuisTable(
  table: ReadonlyMap<string, CotisationsCalculees>,
  entrees: readonly EntreeCotisations[],
): ModeleCotisations | null {
  if (!entrees.every((e) => table.has(cleEntree(e)))) return null;
  return { ...IDENTITE, calculer: (e) => table.get(cleEntree(e)) ?? VIDE };
}
