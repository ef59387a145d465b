/**
 * The project's interpretations (RULES.md tags [interprétation] and section 10), each a named,
 * documented choice that a caller can change. Defaults follow RULES.md to the letter.
 */
export interface Strategies {
  /** §5, question 1: year-3 rate of a liberal doctor below 75 %: `prorata` (r) or `palier-centres` (0.75 from r ≥ 0.5). */
  tauxAnnee3Liberal: 'prorata' | 'palier-centres';
  /** §5, question 2: how the MT and FA achievements combine: the more favourable, their average, or the lower (both required). */
  combinaisonIndicateurs: 'plus-favorable' | 'moyenne' | 'plus-defavorable';
  /** §5: a "maintain" objective that was not held: `final / initial`, or 0. */
  maintienNonTenu: 'rapport-final-initial' | 'zero';
  /** §2: the band that places a doctor, for counts: serves both indicators' grid cells. */
  bandeDepuisEffectifsPourFa: 'bande-mt' | 'aucune';
  /** §8.1: `atteinte` wins over `realise`: for the whole projection, or year by year. */
  priorisationAtteinte: 'champ-entier' | 'par-annee';
  /** §4: patients are whole: objective = floor(initial × rate). */
  arrondiObjectif: 'plancher' | 'arrondi';
}

export const STRATEGIES_PAR_DEFAUT: Strategies = {
  tauxAnnee3Liberal: 'prorata',
  combinaisonIndicateurs: 'plus-favorable',
  maintienNonTenu: 'rapport-final-initial',
  bandeDepuisEffectifsPourFa: 'bande-mt',
  priorisationAtteinte: 'champ-entier',
  arrondiObjectif: 'plancher',
};

export function strategiesDe(partielles?: Partial<Strategies>): Strategies {
  return { ...STRATEGIES_PAR_DEFAUT, ...(partielles ?? {}) };
}
