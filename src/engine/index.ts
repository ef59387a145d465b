/**
 * The whole rules engine, for Node consumers (the command line, scripts, tests): every entry by
 * capability. Pages of the application import the entry they need instead, so that a page's
 * chunks carry only that capability: simulation.ts (`simuler`, `lectures`), saisie.ts (validation,
 * options, specialties), calendrier.ts, cout.ts, catalogue.ts (parameters, sources, labels).
 */
export * from './simulation.ts';
export * from './saisie.ts';
export * from './calendrier.ts';
export * from './cout.ts';
export * from './catalogue.ts';
