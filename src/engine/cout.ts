/**
 * Entry « coût » of the rules engine: the assistant's employer cost net of the aid, year by year,
 * from contributions computed elsewhere (the social model, src/social) or a flat rate.
 */
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
