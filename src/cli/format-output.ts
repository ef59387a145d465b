/**
 * One result → its output form. JSON: the engine's result with its `index` first; CSV: one flat row
 * (every CSV of the command line: `index`, `reference`, then its own columns), written by the
 * shared writer of src/fichiers, which neutralises would-be formulas.
 */
import type { OptionsCout, Resultat } from '../engine/index.ts';
import {
  FORMAT_CSV_DEFAUT,
  celluleCsv,
  ligneCsv as ecrireLigne,
  type CelluleCsv,
} from '../fichiers/ecrire-csv.ts';
import type { CalendrierSortie } from './calendrier.ts';
import type { CoutSortie } from './cout.ts';
import type { Ecrivain } from './ecrivain.ts';

export interface OptionsSortie {
  /** `tableau`: a summary per result, for the results table (csv-fr, xlsx) built at the end. */
  format: 'json' | 'csv' | 'tableau';
  explications: boolean;
  indente: boolean;
  /** `--calendrier`: the dated instalments (JSON field `calendrier`; CSV: one row per instalment). */
  calendrier: boolean;
  /** `--date-recrutement`, an ISO date already checked, or null. */
  dateRecrutement: string | null;
  /** `--cout` with the engine's options (JSON field `cout`; CSV: one row per contract year), or null. */
  cout: OptionsCout | null;
  /** Default CSV: number of `anneeN` columns, known before the first row (anneesCsv.ts). */
  anneesCsv?: number;
}

/** What the options add at the end of a JSON result, in this order. */
export interface Ajouts {
  calendrier?: CalendrierSortie;
  cout?: CoutSortie;
}

export type Cellule = CelluleCsv;

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

/**
 * resultatJson's bytes written straight into `e`, without building the line: `{"index":3` then the
 * result's own JSON, whose opening brace becomes the comma. (A serializer written for the result's
 * shape measured twice as slow as V8's JSON.stringify on Node 20: the stringify stays native.)
 */
export function ecrireResultatJson(
  e: Ecrivain,
  index: number,
  resultat: Resultat,
  options: OptionsSortie,
  { calendrier, cout }: Ajouts = {},
): void {
  if (options.indente) {
    e.texte(resultatJson(index, resultat, options, { calendrier, cout }));
    return;
  }
  if (!options.explications) oublierExplications(resultat);
  const objet = calendrier || cout ? { ...resultat, calendrier, cout } : resultat;
  e.texte(`{"index":${index}`);
  const accolade = e.longueur;
  e.texte(JSON.stringify(objet));
  e.remplacer(accolade, 0x2c);
}

const centimes = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;

const cellule = (valeur: CelluleCsv): string => celluleCsv(valeur, FORMAT_CSV_DEFAUT);

/**
 * celluleCsv of a number in the default format, without its checks: a number's text (digits, `.`,
 * `-`, `e`, `+`) never needs quotes and is never neutralised.
 */
const nombre = (valeur: number | null | undefined): string =>
  valeur === null || valeur === undefined ? '' : String(valeur);

/**
 * The default CSV row as text, written directly (no array of cells): `index`, `reference`,
 * `statut`, `regime`, `option`, reason codes and missing inputs `;`-joined, the objectives, the
 * total and each year's amount to the cent, then empty cells up to `largeur` (the header's width).
 * Every cell goes through the shared writer's celluleCsv (quotes, formula neutralisation).
 */
export function ligneCsvDefaut(index: number, r: Resultat, largeur: number): string {
  const { statut, raisons, manquants } = r.eligibilite;
  let codes = '';
  for (let i = 0; i < raisons.length; i++) codes += (i > 0 ? ';' : '') + raisons[i]!.code;
  let ligne = `${nombre(index)},${cellule(r.reference)},${cellule(statut)},${cellule(r.regime)},${cellule(r.option)},${cellule(codes)},${cellule(manquants.join(';'))},${nombre(r.objectif.mt)},${nombre(r.objectif.fileActive)},${nombre(centimes(r.total))}`;
  for (const annee of r.annees) ligne += `,${nombre(centimes(annee.montant))}`;
  for (let n = 10 + r.annees.length; n < largeur; n++) ligne += ',';
  return ligne + FORMAT_CSV_DEFAUT.finDeLigne;
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

/** `index`, then `reference` (the user's identifier of the row), then the output's columns. */
export function avecReference<T>(colonnes: readonly T[], reference: T): T[] {
  return [colonnes[0] as T, reference, ...colonnes.slice(1)];
}

/** The default CSV's header: one column per contract year up to the longest contract. */
export function enteteCsv(nbAnnees: number): Cellule[] {
  const annees = Array.from({ length: nbAnnees }, (_, i) => `annee${i + 1}`);
  return avecReference([...COLONNES_CSV, ...annees], 'reference');
}

/**
 * Rows as CSV text, `reference` inserted after `index`; `largeur` pads shorter rows with empty
 * cells (rectangular table).
 */
export function enLignesCsv(
  lignes: readonly Cellule[][],
  reference: string | undefined,
  largeur = 0,
): string {
  let texte = '';
  for (const ligne of lignes) {
    const complete = avecReference(ligne, reference ?? null);
    while (complete.length < largeur) complete.push(null);
    texte += ecrireLigne(complete, FORMAT_CSV_DEFAUT);
  }
  return texte;
}

/** A header as CSV text. */
export const enteteEnTexte = (colonnes: readonly Cellule[]): string =>
  ecrireLigne(colonnes, FORMAT_CSV_DEFAUT);
