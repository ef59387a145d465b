/**
 * One result → its output form. JSON: the engine's result with its `index` first; CSV: one flat row.
 */
import { stringify } from 'csv-stringify/sync';
import type { OptionsCout, Resultat } from '../engine/annexes.ts';
import type { CalendrierSortie } from './calendrier.ts';
import type { CoutSortie } from './cout.ts';

export interface OptionsSortie {
  format: 'json' | 'csv';
  explications: boolean;
  indente: boolean;
  /** `--calendrier`: the dated instalments (JSON field `calendrier`; CSV: one row per instalment). */
  calendrier: boolean;
  /** `--date-recrutement`, an ISO date already checked, or null. */
  dateRecrutement: string | null;
  /** `--cout` with the engine's options (JSON field `cout`; CSV: one row per contract year), or null. */
  cout: OptionsCout | null;
}

/** What the options add at the end of a JSON result, in this order. */
export interface Ajouts {
  calendrier?: CalendrierSortie;
  cout?: CoutSortie;
}

export type Cellule = string | number | null;

/**
 * Drops the explanation trees (big) from a result the caller owns. Setting `undefined` (rather
 * than copying without the key) is much faster, and JSON.stringify leaves such keys out.
 */
function oublierExplications(resultat: Resultat): void {
  (resultat.objectif as { explications?: unknown }).explications = undefined;
  for (const annee of resultat.annees) (annee as { explication?: unknown }).explication = undefined;
}

/**
 * `{"index":3,…the result…}`, on one line, or indented by 2 inside the output array; with a
 * calendar or a cost, `"calendrier"` then `"cout"` are the last fields.
 */
export function resultatJson(
  index: number,
  resultat: Resultat,
  options: OptionsSortie,
  { calendrier, cout }: Ajouts = {},
): string {
  if (!options.explications) oublierExplications(resultat);
  const objet = calendrier || cout ? { ...resultat, calendrier, cout } : resultat;
  if (!options.indente) return `{"index":${index},${JSON.stringify(objet).slice(1)}`;
  const texte = `{\n  "index": ${index},${JSON.stringify(objet, null, 2).slice(1)}`;
  return '  ' + texte.replaceAll('\n', '\n  ');
}

const centimes = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;

export function ligneCsv(index: number, r: Resultat): Cellule[] {
  return [
    index,
    r.eligibilite.statut,
    r.regime,
    r.option,
    r.eligibilite.raisons.map((raison) => raison.code).join(';'),
    r.eligibilite.manquants.join(';'),
    r.objectif.mt,
    r.objectif.fileActive,
    centimes(r.total),
    ...r.annees.map((annee) => centimes(annee.montant)),
  ];
}

const COLONNES_CSV = [
  'index',
  'statut',
  'regime',
  'option',
  'raisons',
  'manquants',
  'objectif.mt',
  'objectif.fileActive',
  'total',
];

/** The CSV output, header included: one column per contract year up to the longest contract. */
export function* morceauxCsv(lignes: readonly Cellule[][], taille = 5000): Generator<string> {
  const nbAnnees = lignes.reduce((max, l) => Math.max(max, l.length - COLONNES_CSV.length), 0);
  const colonnes = [
    ...COLONNES_CSV,
    ...Array.from({ length: nbAnnees }, (_, i) => `annee${i + 1}`),
  ];
  yield stringify([colonnes]);
  // Rectangular table: shorter contracts get empty cells.
  for (const ligne of lignes) while (ligne.length < colonnes.length) ligne.push(null);
  for (let debut = 0; debut < lignes.length; debut += taille) {
    yield stringify(lignes.slice(debut, debut + taille));
  }
}
