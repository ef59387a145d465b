/** Identifier of the rules data set, printed in every result and on the printed summary. */
export const VERSION_REGLES = '2026.11-1';
/** Day the parameters below were last checked against RULES.md and its sources. */
export const VERIFIE_LE = '2026-11-23';
