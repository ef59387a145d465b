/**
 * Entry « saisie » of the rules engine: validation of the answers (the schemas), the questions
 * worth asking, the specialties to choose from. No rule that computes an amount: the simulator's
 * wizard imports only this, and loads simulation.ts (`simuler`) after its first render, so that
 * the rules do not weigh on its first load.
 */
export { questionsUtiles, type Question, type QuestionsUtiles } from './questions.ts';
export { SPECIALITES, type Specialite } from './parametres/specialites.ts';
export { VERSION_REGLES, VERIFIE_LE } from './parametres/version.ts';
export * from '../schemas/index.ts';
