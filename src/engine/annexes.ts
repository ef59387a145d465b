/**
 * Second public entry of the engine, for the annex pages (payment calendar, rules and sources):
 * everything of index.ts plus what only those pages use. Kept apart so that the simulator's first
 * load does not carry them (a shared chunk keeps every export some page uses).
 */
export * from './index.ts';
export { PARAMETRES } from './parametres/catalogue.ts';
export {
  calendrierVersements,
  versementsParAnneeCivile,
  type CalendrierVersements,
  type Versement,
  type NatureVersement,
  type OptionsCalendrier,
  type TotalAnneeCivile,
} from './regles/calendrier/index.ts';
