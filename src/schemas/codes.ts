/** The codes of the public format's enumerations (../shared/cases/README.md, section "Situation"). */

export const STRUCTURES = ['liberal', 'centre', 'collectif'] as const;
export const REGIMES_LIBERAUX = [
  'avenant7-2019',
  'reglement-arbitral-2023',
  'convention-2024',
] as const;
export const REGIMES_CENTRES = ['ancs-avenant3-2020'] as const;
export const REGIMES_COLLECTIFS = ['collectif-2026'] as const;
export const FORMES_JURIDIQUES = ['scp', 'scm', 'sisa', 'sel', 'autre'] as const;
export const SECTEURS = ['1', '2', 'non-conventionne'] as const;
export const OPTIONS = ['tiers', 'demi', 'plein', 'plein-et-demi', 'double'] as const;
export const BANDES = ['<P30', 'P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', '>=P95'] as const;
/** Longest projection, and longest list of yearly values (`atteinte`, `realise`, `assistants`). */
export const ANNEES_MAX = 10;

export type Structure = (typeof STRUCTURES)[number];
