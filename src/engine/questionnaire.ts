/**
 * Third public entry of the engine, for the simulator's wizard: validation of the answers (the
 * schemas), the questions worth asking, the specialties to choose from. No rule that computes an
 * amount: the simulator's first screen imports only this, and loads index.ts (`simuler`) after its
 * first render, so that the rules do not weigh on its first load. index.ts re-exports all of it.
 */
export { questionsUtiles, type Question, type QuestionsUtiles } from './questions.ts';
export { SPECIALITES, type Specialite } from './parametres/specialites.ts';
export { VERSION_REGLES, VERIFIE_LE } from './parametres/version.ts';
export * from '../schemas/index.ts';
