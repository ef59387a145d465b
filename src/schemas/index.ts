export * from './situation.ts';
export * from './erreurs.ts';
export { estDateIso } from './date-iso.ts';
export * from './specialites.ts';
