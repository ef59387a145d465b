/**
 * Limits of the batch page, written once: beyond them a file is refused with a French message
 * (shown next to the upload). 100,000 rows keep the results about 100 MB in the tab; 20 MB is
 * well above 100,000 ordinary rows (about 80 bytes each) and refused before the file is read.
 */
export const LIGNES_MAX = 100_000;
export const TAILLE_MAX_MO = 20;
export const OCTETS_PAR_MO = 1024 * 1024;
export const TAILLE_MAX_OCTETS = TAILLE_MAX_MO * OCTETS_PAR_MO;

/** Rows simulated per slice: one progress message to the page per slice. */
export const LIGNES_PAR_TRANCHE = 500;
