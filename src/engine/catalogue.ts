/**
 * Entry « catalogue » of the rules engine: the dated parameters with their sources, the sources
 * themselves, the labels of the explanation figures, the specialties and the rules' version. Read
 * by the sources page and by the explanations of the results (their own chunk).
 */
export { PARAMETRES } from './parametres/catalogue.ts';
export { SOURCES, type Source } from './parametres/sources.ts';
export { LIBELLES } from './explication/libelles.ts';
export { LIBELLES_OPTIONS } from './libelles-options.ts';
export { SPECIALITES, type Specialite } from './parametres/specialites.ts';
export { VERSION_REGLES, VERIFIE_LE } from './parametres/version.ts';
// The types of a parameter's values (Parametre, ValeurDatee, Confiance…) come with simulation.ts.
