/**
 * Entry « simulation » of the rules engine: pure, no clock, no I/O.
 * `simuler(situation, options)` takes a validated situation (see saisie.ts) and returns the
 * verdict, the objectives and the yearly amounts, each figure with its explanation tree;
 * `comparerCollectif` sets a collective contract beside the individual ones; `messageRaison`
 * words a reason in French.
 */
export { simuler, comparerCollectif, lectures, type Lectures } from './simuler.ts';
export type {
  AnneeComparee,
  Comparaison,
  OptionIndividuelle,
} from './regles/collectif/comparaison.ts';
export type * from './types.ts';
export type { Figure, FigureKind } from './explication/figure.ts';
export type {
  Provenance,
  Confiance,
  Parametre,
  ValeurDatee,
  SourceId,
} from './parametres/types.ts';
export { STRATEGIES_PAR_DEFAUT, type Strategies } from './strategies.ts';
export type { Source } from './parametres/sources.ts';
export { messageRaison } from './messages.ts';
export { LIBELLES_OPTIONS } from './libelles-options.ts';
