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
import { valeurAu } from '../../parametres/types.ts';
import type { AnneeResultat, Resultat } from '../../types.ts';
import { cotisationsDuModele, type ModeleCotisations } from './cotisations.ts';
import type {
  AnneeCout,
  CalculCharges,
  CoutNet,
  OptionsCout,
  SalaireRetenu,
  SansCout,
} from './types.ts';

export type * from './types.ts';

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
