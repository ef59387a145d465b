/**
 * Entry « saisie » of the rules engine: validation of the answers (the schemas), the options open
 * at a date, the specialties to choose from. No rule that computes an amount: the simulator's first
 * load has none of the engine; its wizard, loaded right after, asks the rules themselves which
 * questions they read (simulation.ts, `lectures`).
 */
export { optionsOuvertesDe } from './options-ouvertes.ts';
export { SPECIALITES, type Specialite } from './parametres/specialites.ts';
export { VERSION_REGLES, VERIFIE_LE } from './parametres/version.ts';
export * from '../schemas/index.ts';
