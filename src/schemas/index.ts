export * from './situation.ts';
export * from './erreurs.ts';
export { estDateIso } from './date-iso.ts';
export * from './specialites.ts';
export * from './champs.ts';
export {
  codesDe,
  type Codes,
  type DefChamp,
  type TypeChamp,
  type TypeScalaire,
  type Widget,
} from './champ.ts';
export { poser, poseurDe, creerObjet, SEGMENTS_INTERDITS, type Segment } from './poser.ts';
