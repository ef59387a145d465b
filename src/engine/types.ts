/** Public types of the engine's result (shape of ../shared/cases/README.md, section "Output"). */
import type { Bande, OptionId, RegimeId } from '../schemas/index.ts';
import type { Figure } from './explication/figure.ts';

export type Statut = 'eligible' | 'ineligible' | 'a-confirmer' | 'incomplet';

/** What a reason does to the verdict; `condition` and `information` never block. */
export type NatureRaison = 'ineligible' | 'incomplet' | 'a-confirmer' | 'condition' | 'information';

export interface Raison {
  /** Stable code, e.g. `secteur-2-sans-optam`; its sentence lives in the message catalogue. */
  code: string;
  nature: NatureRaison;
  /** French sentence, from the engine's catalogue (messages.ts). */
  message: string;
  /** The figures that decided it. */
  donnees: Record<string, string | number | boolean | null>;
}

export interface Eligibilite {
  statut: Statut;
  raisons: Raison[];
  /** Dotted paths of the inputs whose absence makes the verdict `incomplet`. */
  manquants: string[];
}

export interface Objectif {
  /** Patients to add (MT indicator); `null` when not applicable or not known. */
  mt: number | null;
  fileActive: number | null;
  /** Where the figure comes from. */
  origine: 'contractuel' | 'grille' | 'nouvel-installe' | 'centre' | 'collectif' | 'aucun';
  explications: { mt: Figure | null; fileActive: Figure | null };
}

export interface PortionAnnee {
  /** Index of the portion (order of seniority), its ETP after caps, and its own year counter. */
  portion: number;
  etp: number;
  anneePortion: number;
  plafond: number;
  taux: number | null;
  montant: number | null;
  atteinte: number | null;
  objectif: { mt: number | null; fileActive: number | null };
}

export interface AnneeResultat {
  annee: number;
  /** ISO date on which the contract year starts. */
  debut: string;
  /** Regime whose amounts apply to this year (the 2024 revaluation shows as `convention-2024`). */
  regime: RegimeId | null;
  plafond: number | null;
  taux: number | null;
  montant: number | null;
  /** Achievement rate used (0–1), `null` for years 1–2 of a liberal contract or when unknown. */
  atteinte: number | null;
  /** Objective in force that year (centres: sum of the active portions' slices). */
  objectif: { mt: number | null; fileActive: number | null } | null;
  portions?: PortionAnnee[];
  explication: Figure | null;
}

export interface Resultat {
  /** The situation's `reference`, returned unchanged (absent when not given). */
  reference?: string;
  structure: 'liberal' | 'centre' | 'collectif';
  regime: RegimeId | null;
  /** Percentile band used for amounts and objectives, and where it came from. */
  bande: { valeur: Bande | 'P50-P90' | null; origine: 'saisie' | 'effectifs' | 'inconnue' } | null;
  option: OptionId | null;
  eligibilite: Eligibilite;
  objectif: Objectif;
  annees: AnneeResultat[];
  total: number | null;
  /** Collective contract: the assistant ETP funded (asked, capped); `null` when unknown. */
  etpRetenu?: number | null;
  /** Identifier of the rules data set (see parametres/version.ts). */
  versionRegles: string;
}

export interface OptionsSimulation {
  /** Named interpretations (RULES.md section 10); defaults in strategies.ts. */
  strategies?: Partial<import('./strategies.ts').Strategies>;
}
