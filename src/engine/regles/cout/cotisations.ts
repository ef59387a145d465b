/**
 * Employer contributions of a year of assistant time, from a social model the caller passes
 * (modele-social, outside the engine: src/social) or from a flat rate the user typed. The engine
 * stays pure: it only splits the hours into employees and adds up what the model returns.
 *
 * Split [interprétation]: a full-time employee per 35 hours a week, the rest one part-time
 * employee (no overtime); each one is paid the full-time salary prorated to his hours.
 */
import { HEURES_TEMPS_PLEIN } from '../../parametres/cout-assistant.ts';

/** One employee, for the model: his monthly gross salary (for his hours) and his weekly hours. */
export interface EntreeCotisations {
  salaireBrutMensuel: number;
  heuresHebdomadaires: number;
  /** ISO date the model evaluates at (the contract year's start). */
  date: string;
}

export type CodeCotisation =
  | 'maladie'
  | 'complementaire-sante'
  | 'accidents-du-travail'
  | 'vieillesse-plafonnee'
  | 'vieillesse-deplafonnee'
  | 'retraite-complementaire'
  | 'allocations-familiales'
  | 'chomage'
  | 'apec'
  | 'autres-contributions'
  | 'prevoyance';

export type CodeReduction = 'reduction-generale' | 'autres-exonerations';

/** Annual euros, unrounded as the model gives them. */
export interface CotisationsCalculees {
  cotisations: { code: CodeCotisation; montant: number }[];
  reductions: { code: CodeReduction; montant: number }[];
}

/** What the engine needs of a social model: its identity and a per-employee computation. */
export interface ModeleCotisations {
  nom: string;
  version: string;
  /** The year whose legislation the model encodes (its rates and its general reduction). */
  anneeRegles: number;
  calculer(entree: EntreeCotisations): CotisationsCalculees;
}

export interface LigneCotisation<C extends string> {
  code: C;
  montant: number;
}

export interface CotisationsAnnee {
  /** Employer contributions before reductions, line by line (annual euros, cents). */
  cotisations: LigneCotisation<CodeCotisation>[];
  reductions: LigneCotisation<CodeReduction>[];
  totalCotisations: number;
  totalReductions: number;
}

const arrondi = (v: number): number => Math.round((v + Number.EPSILON) * 100) / 100;

/** The employees a weekly total of hours stands for: full-time ones, then the rest. */
export function employes(heures: number): number[] {
  const pleins = Math.floor(heures / HEURES_TEMPS_PLEIN + 1e-9);
  const reste = arrondi(heures - pleins * HEURES_TEMPS_PLEIN);
  return [...Array<number>(pleins).fill(HEURES_TEMPS_PLEIN), ...(reste > 0.005 ? [reste] : [])];
}

function additionner<C extends string>(
  lignes: readonly { code: C; montant: number }[],
): LigneCotisation<C>[] {
  const totaux = new Map<C, number>();
  for (const l of lignes) totaux.set(l.code, (totaux.get(l.code) ?? 0) + l.montant);
  return [...totaux].map(([code, montant]) => ({ code, montant: arrondi(montant) }));
}

/** The model's contributions for every employee of the year, added up line by line. */
export function cotisationsDuModele(
  modele: ModeleCotisations,
  salaireTempsPlein: number,
  heures: number,
  date: string,
): CotisationsAnnee {
  const calculs = employes(heures).map((h) =>
    modele.calculer({
      salaireBrutMensuel: arrondi((salaireTempsPlein * h) / HEURES_TEMPS_PLEIN),
      heuresHebdomadaires: h,
      date,
    }),
  );
  const cotisations = additionner(calculs.flatMap((c) => c.cotisations));
  const reductions = additionner(calculs.flatMap((c) => c.reductions));
  const somme = (l: readonly { montant: number }[]) =>
    arrondi(l.reduce((s, x) => s + x.montant, 0));
  return {
    cotisations,
    reductions,
    totalCotisations: somme(cotisations),
    totalReductions: somme(reductions),
  };
}
