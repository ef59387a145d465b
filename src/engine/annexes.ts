/**
 * Second public entry of the engine, for the annex pages (payment calendar, rules and sources) and
 * the explanations of the results: everything of index.ts plus what only they use (parameter
 * catalogue, sources, figure labels, calendar). Kept apart so that the simulator's first
 * load does not carry them (a shared chunk keeps every export some page uses).
 */
export * from './index.ts';
export { PARAMETRES } from './parametres/catalogue.ts';
export { SOURCES } from './parametres/sources.ts';
export { LIBELLES } from './explication/libelles.ts';
export {
  calendrierVersements,
  versementsParAnneeCivile,
  type CalendrierVersements,
  type Versement,
  type NatureVersement,
  type OptionsCalendrier,
  type TotalAnneeCivile,
} from './regles/calendrier/index.ts';
export {
  coutNetAssistant,
  type AnneeCout,
  type CalculCharges,
  type CoutNet,
  type OptionsCout,
  type SalaireRetenu,
  type SansCout,
} from './regles/cout/index.ts';
export type {
  CodeCotisation,
  CodeReduction,
  CotisationsCalculees,
  EntreeCotisations,
  LigneCotisation,
  ModeleCotisations,
} from './regles/cout/cotisations.ts';
export { HEURES_TEMPS_PLEIN } from './parametres/cout-assistant.ts';
