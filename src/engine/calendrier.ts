/**
 * Entry « calendrier » of the rules engine: when each instalment of a contract is paid, by
 * contract year and by civil year (the calendar page and `--calendrier`).
 */
export {
  calendrierVersements,
  versementsParAnneeCivile,
  type CalendrierVersements,
  type Versement,
  type NatureVersement,
  type OptionsCalendrier,
  type TotalAnneeCivile,
} from './regles/calendrier/index.ts';
