/**
 * `--calendrier`: the dated instalments of each simulated contract (RULES.md §6 and §7.5), as the
 * engine computes them, with their totals per calendar year. JSON: one `calendrier` field per
 * result; CSV: one row per instalment.
 */
import {
  calendrierVersements,
  versementsParAnneeCivile,
  type CalendrierVersements,
  type Resultat,
  type Situation,
  type TotalAnneeCivile,
} from '../engine/index.ts';
import type { Cellule } from './format-output.ts';

export interface CalendrierSortie extends CalendrierVersements {
  parAnneeCivile: TotalAnneeCivile[];
}

/** `dateRecrutement`: ISO date already checked by arguments.ts, or null when not given. */
export function calendrierSortie(
  situation: Situation,
  resultat: Resultat,
  dateRecrutement: string | null,
): CalendrierSortie {
  const calendrier = calendrierVersements(
    situation,
    resultat,
    dateRecrutement === null ? {} : { dateRecrutement },
  );
  return { ...calendrier, parAnneeCivile: versementsParAnneeCivile(calendrier.versements) };
}

export const COLONNES_CSV_CALENDRIER = [
  'index',
  'annee',
  'portion',
  'anneePortion',
  'date',
  'montant',
  'part',
  'nature',
  'indicatif',
  'note',
];

/** One row per instalment; a contract without any instalment (ineligible) gives no row. */
export function lignesCsvCalendrier(index: number, calendrier: CalendrierVersements): Cellule[][] {
  return calendrier.versements.map((v) => [
    index,
    v.annee,
    v.portion ?? null,
    v.anneePortion ?? null,
    v.date,
    v.montant,
    v.part,
    v.nature,
    v.indicatif ? 'oui' : 'non',
    v.note,
  ]);
}
