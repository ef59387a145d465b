/** Shapes of the net cost of the assistant (see index.ts): options, years, totals. */
import type { Provenance } from '../../parametres/types.ts';
import type { CodeCotisation, CodeReduction, LigneCotisation } from './cotisations.ts';

export interface OptionsCout {
  /** Gross monthly salary for a full time (151.67 hours); absent → each year's default. */
  salaireBrutMensuel?: number;
  /** Total weekly hours of assistant time; absent → the ETP the contract pays for × 35 hours. */
  heuresHebdomadaires?: number;
  /** A flat employer rate typed by the user (0.3 = 30 %): replaces the social model. */
  tauxCharges?: number;
}

/** The full-time monthly salary used for a year, and why. */
export interface SalaireRetenu {
  montant: number;
  /** `saisie`: typed by the user; else the default: the agreement's minimum or the SMIC, the higher. */
  origine: 'saisie' | 'conventionnel' | 'smic';
  /** Agreement's minimum on that date (`null`: amount unknown for that period). */
  conventionnel: number | null;
  smic: number;
  provenances: Provenance[];
}

export interface AnneeCout {
  annee: number;
  debut: string;
  /** Assistant full-time equivalents paid for that year. */
  etp: number;
  heuresHebdomadaires: number;
  salaire: SalaireRetenu;
  /** The full-time salary typed is below the SMIC of the year's start. */
  sousSmic: boolean;
  salaireBrutAnnuel: number;
  /** Employer contributions before reductions (the flat rate's amount when one was typed). */
  cotisations: number;
  /** Reductions of employer contributions (réduction générale…), as a positive amount. */
  reductions: number;
  /** Employer contributions owed: cotisations − reductions. */
  charges: number;
  detail: {
    cotisations: LigneCotisation<CodeCotisation>[];
    reductions: LigneCotisation<CodeReduction>[];
  };
  /**
   * Model only: the year is before the model's year of rules (estimated with that year's rules,
   * the SMIC and ceiling of the date) or after it (last known rules, prolonged); null inside it.
   */
  horsAnneeRegles: 'avant' | 'apres' | null;
  coutEmployeur: number;
  /** The engine's amount for the year (`null` when it could not be computed). */
  aide: number | null;
  resteACharge: number | null;
}

export type SansCout = 'sans-regime' | 'ineligible' | 'sans-option' | 'sans-annee' | 'sans-modele';

/** How the employer contributions were computed. */
export type CalculCharges =
  | { methode: 'modele'; nom: string; version: string; anneeRegles: number }
  | { methode: 'taux-saisi'; taux: number };

export interface CoutNet {
  /** Why no cost could be computed, or `null` when it was. */
  sansCout: SansCout | null;
  /** `null` only when neither a model nor a rate was given (`sansCout: 'sans-modele'`). */
  calcul: CalculCharges | null;
  annees: AnneeCout[];
  totaux: { coutEmployeur: number; aide: number | null; resteACharge: number | null };
  /** Liberal: weekly hours the chosen option stands for (the aid assumes at least that). */
  heuresOption: number | null;
  /** True when the hours typed are below what the option stands for. */
  sousTempsOption: boolean;
}
