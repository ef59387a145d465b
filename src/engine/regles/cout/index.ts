/**
 * Net cost of the assistant (issue #5, item 4; issue #10, item 1): per contract year, the
 * employer's cost of the assistant time the contract pays for, the aid the engine computed, and
 * what remains. The employer contributions come from the French social model the caller passes
 * (modele-social, the rules of mon-entreprise.urssaf.fr, réduction générale included), or from a
 * flat rate the user typed instead. Pure: the caller passes the simulated result and the model.
 * Break-even patient increases are out of scope (no source gives consultation revenue).
 */
import { ETP_OPTION } from '../../parametres/options.ts';
import {
  HEURES_TEMPS_PLEIN,
  MOIS_PAR_AN,
  salaireMinimumConventionnel,
  smicMensuel,
} from '../../parametres/cout-assistant.ts';
import { valeurAu, type Provenance } from '../../parametres/types.ts';
import type { AnneeResultat, Resultat } from '../../types.ts';
import {
  cotisationsDuModele,
  type CodeCotisation,
  type CodeReduction,
  type LigneCotisation,
  type ModeleCotisations,
} from './cotisations.ts';

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

const arrondi = (v: number): number => Math.round((v + Number.EPSILON) * 100) / 100;

function salaireParDefaut(date: string): SalaireRetenu {
  const conventionnel = valeurAu(salaireMinimumConventionnel, date);
  const smic = valeurAu(smicMensuel, date);
  const c = conventionnel.valeur;
  const prendConventionnel = c !== null && c >= smic.valeur;
  return {
    montant: prendConventionnel ? c : smic.valeur,
    origine: prendConventionnel ? 'conventionnel' : 'smic',
    conventionnel: c,
    smic: smic.valeur,
    provenances: [conventionnel.provenance, smic.provenance],
  };
}

function etpDeLAnnee(resultat: Resultat, annee: AnneeResultat): number {
  if (resultat.structure === 'centre')
    return (annee.portions ?? []).reduce((somme, p) => somme + p.etp, 0);
  // A group of GPs (collective contract): the assistant ETP the contract funds.
  if (resultat.structure === 'collectif') return resultat.etpRetenu ?? 0;
  return resultat.option ? ETP_OPTION[resultat.option] : 0;
}

function aucunCout(sansCout: SansCout, calcul: CalculCharges | null): CoutNet {
  return {
    sansCout,
    calcul,
    annees: [],
    totaux: { coutEmployeur: 0, aide: null, resteACharge: null },
    heuresOption: null,
    sousTempsOption: false,
  };
}

function calculDe(options: OptionsCout, modele: ModeleCotisations | undefined) {
  if (options.tauxCharges !== undefined)
    return { methode: 'taux-saisi', taux: options.tauxCharges } as const;
  if (!modele) return null;
  const { nom, version, anneeRegles } = modele;
  return { methode: 'modele', nom, version, anneeRegles } as const;
}

/** `modele` computes the contributions unless the user typed a flat rate (`tauxCharges`). */
export function coutNetAssistant(
  resultat: Resultat,
  options: OptionsCout = {},
  modele?: ModeleCotisations,
): CoutNet {
  const premiere = resultat.annees[0];
  const calcul = calculDe(options, modele);
  if (resultat.regime === null) return aucunCout('sans-regime', calcul);
  if (resultat.eligibilite.statut === 'ineligible') return aucunCout('ineligible', calcul);
  if (resultat.structure === 'liberal' && resultat.option === null)
    return aucunCout('sans-option', calcul);
  if (!premiere) return aucunCout('sans-annee', calcul);
  if (calcul === null) return aucunCout('sans-modele', calcul);

  const heuresOption =
    resultat.structure === 'liberal' && resultat.option
      ? arrondi(ETP_OPTION[resultat.option] * HEURES_TEMPS_PLEIN)
      : null;
  const taux = calcul.methode === 'taux-saisi' ? calcul.taux : 0;
  const annees = resultat.annees.map((a): AnneeCout => {
    const etp =
      options.heuresHebdomadaires !== undefined
        ? options.heuresHebdomadaires / HEURES_TEMPS_PLEIN
        : etpDeLAnnee(resultat, a);
    const salaire: SalaireRetenu =
      options.salaireBrutMensuel !== undefined
        ? { ...salaireParDefaut(a.debut), montant: options.salaireBrutMensuel, origine: 'saisie' }
        : salaireParDefaut(a.debut);
    const salaireBrutAnnuel = arrondi(salaire.montant * MOIS_PAR_AN * etp);
    const heures = arrondi(etp * HEURES_TEMPS_PLEIN);
    const detail =
      calcul.methode === 'modele' && modele
        ? cotisationsDuModele(modele, salaire.montant, etp * HEURES_TEMPS_PLEIN, a.debut)
        : null;
    const cotisations = detail?.totalCotisations ?? arrondi(salaireBrutAnnuel * taux);
    const reductions = detail?.totalReductions ?? 0;
    const charges = arrondi(cotisations - reductions);
    const anneeDebut = Number(a.debut.slice(0, 4));
    const coutEmployeur = arrondi(salaireBrutAnnuel + charges);
    return {
      annee: a.annee,
      debut: a.debut,
      etp,
      heuresHebdomadaires: heures,
      salaire,
      sousSmic: salaire.montant < salaire.smic - 0.005,
      salaireBrutAnnuel,
      cotisations,
      reductions,
      charges,
      detail: { cotisations: detail?.cotisations ?? [], reductions: detail?.reductions ?? [] },
      horsAnneeRegles:
        calcul.methode !== 'modele' || anneeDebut === calcul.anneeRegles
          ? null
          : anneeDebut < calcul.anneeRegles
            ? 'avant'
            : 'apres',
      coutEmployeur,
      aide: a.montant,
      resteACharge: a.montant === null ? null : arrondi(coutEmployeur - a.montant),
    };
  });
  const somme = (valeurs: (number | null)[]): number | null =>
    valeurs.some((v) => v === null)
      ? null
      : arrondi(valeurs.reduce<number>((s, v) => s + (v ?? 0), 0));
  return {
    sansCout: null,
    calcul,
    annees,
    totaux: {
      coutEmployeur: somme(annees.map((a) => a.coutEmployeur)) ?? 0,
      aide: somme(annees.map((a) => a.aide)),
      resteACharge: somme(annees.map((a) => a.resteACharge)),
    },
    heuresOption,
    sousTempsOption:
      heuresOption !== null &&
      options.heuresHebdomadaires !== undefined &&
      options.heuresHebdomadaires < heuresOption - 0.005,
  };
}
