/**
 * Net cost of the assistant (issue #5, item 4): per contract year, the employer's cost of the
 * assistant time the contract pays for, the aid the engine computed, and what remains. Pure: the
 * caller passes the simulated result; every default is a dated parameter with its provenance.
 * Break-even patient increases are out of scope (no source gives consultation revenue).
 */
import { ETP_OPTION } from '../../parametres/options.ts';
import {
  HEURES_TEMPS_PLEIN,
  MOIS_PAR_AN,
  salaireMinimumConventionnel,
  smicMensuel,
  tauxChargesPatronales,
} from '../../parametres/cout-assistant.ts';
import { valeurAu, type Provenance } from '../../parametres/types.ts';
import type { AnneeResultat, Resultat } from '../../types.ts';

export interface OptionsCout {
  /** Gross monthly salary for a full time (151.67 hours); absent → each year's default. */
  salaireBrutMensuel?: number;
  /** Total weekly hours of assistant time; absent → the ETP the contract pays for × 35 hours. */
  heuresHebdomadaires?: number;
  /** Employer contributions as a share of the gross salary (0.3 = 30 %); absent → default. */
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
  salaireBrutAnnuel: number;
  charges: number;
  coutEmployeur: number;
  /** The engine's amount for the year (`null` when it could not be computed). */
  aide: number | null;
  resteACharge: number | null;
}

export type SansCout = 'sans-regime' | 'ineligible' | 'sans-option' | 'sans-annee';

export interface CoutNet {
  /** Why no cost could be computed, or `null` when it was. */
  sansCout: SansCout | null;
  tauxCharges: {
    valeur: number;
    origine: 'saisie' | 'defaut';
    /** The default rate and its provenance (shown even when the user typed another). */
    defaut: number;
    provenance: Provenance | null;
  };
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
  return resultat.option ? ETP_OPTION[resultat.option] : 0;
}

function aucunCout(sansCout: SansCout, taux: CoutNet['tauxCharges']): CoutNet {
  return {
    sansCout,
    tauxCharges: taux,
    annees: [],
    totaux: { coutEmployeur: 0, aide: null, resteACharge: null },
    heuresOption: null,
    sousTempsOption: false,
  };
}

export function coutNetAssistant(resultat: Resultat, options: OptionsCout = {}): CoutNet {
  const premiere = resultat.annees[0];
  const tauxDefaut = premiere ? valeurAu(tauxChargesPatronales, premiere.debut) : null;
  const taux: CoutNet['tauxCharges'] = {
    valeur: options.tauxCharges ?? tauxDefaut?.valeur ?? 0,
    origine: options.tauxCharges !== undefined ? 'saisie' : 'defaut',
    defaut: tauxDefaut?.valeur ?? 0,
    provenance: tauxDefaut?.provenance ?? null,
  };
  if (resultat.regime === null) return aucunCout('sans-regime', taux);
  if (resultat.eligibilite.statut === 'ineligible') return aucunCout('ineligible', taux);
  if (resultat.structure === 'liberal' && resultat.option === null)
    return aucunCout('sans-option', taux);
  if (!premiere) return aucunCout('sans-annee', taux);

  const heuresOption =
    resultat.structure === 'liberal' && resultat.option
      ? arrondi(ETP_OPTION[resultat.option] * HEURES_TEMPS_PLEIN)
      : null;
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
    const charges = arrondi(salaireBrutAnnuel * taux.valeur);
    const coutEmployeur = arrondi(salaireBrutAnnuel + charges);
    return {
      annee: a.annee,
      debut: a.debut,
      etp,
      heuresHebdomadaires: arrondi(etp * HEURES_TEMPS_PLEIN),
      salaire,
      salaireBrutAnnuel,
      charges,
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
    tauxCharges: taux,
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
