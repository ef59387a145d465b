/** Public types of the payment calendar (RULES.md §6, §7.5). */
import type { Resultat } from '../../types.ts';
import type { RegimeId } from '../../../schemas/index.ts';
import type { Confiance, SourceId } from '../../parametres/types.ts';

export type NatureVersement = 'avance' | 'solde' | 'versement';

export interface Versement {
  /** Contract year the instalment belongs to. */
  annee: number;
  /** Centres: index of the recruitment (portion, order of seniority) and its own year counter. */
  portion?: number;
  anneePortion?: number;
  /** ISO date (a deadline: "au plus tard"). */
  date: string;
  /** Euros, rounded to the cent; the instalments of a year sum exactly to the engine's amount. */
  montant: number;
  /** Share of the year's (or the portion's) amount, 0–1. */
  part: number;
  nature: NatureVersement;
  /** True when the date or the share rests on an unofficial source or on an interpretation. */
  indicatif: boolean;
  /** French sentence: where the date and the share come from. */
  note: string;
  sources: readonly SourceId[];
  confiance: readonly Confiance[];
}

export interface OptionsCalendrier {
  /** Date the assistant was recruited (ISO); unknown → the signature date, and the calendar says so. */
  dateRecrutement?: string;
}

export interface CalendrierVersements {
  structure: Resultat['structure'];
  regime: RegimeId | null;
  /** Sorted by date, then contract year, then portion. */
  versements: Versement[];
  /** Contract years whose amount the engine could not compute: no instalment for them. */
  anneesSansMontant: number[];
  /** French sentences: assumptions the calendar rests on (recruitment date, interpretations). */
  hypotheses: string[];
  /** True when at least one instalment is indicative. */
  indicatif: boolean;
}

export interface TotalAnneeCivile {
  annee: number;
  nombre: number;
  montant: number;
}
