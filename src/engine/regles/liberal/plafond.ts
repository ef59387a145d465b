/**
 * Ceiling of a contract year (RULES.md §2): Y1, Y2, Y3+, the P90–P95 majoration from year 3, the
 * ≥ P95 amount every year. Looked up on the year's start date (never before the contract regime's
 * first day): years starting from 22 June 2024 get the convention-2024 amounts (ameli.fr, 27 June 2024).
 */
import type { OptionId, RegimeLiberal } from '../../../schemas/index.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import {
  LIGNE_PRECEDENTE,
  MONTANT_ANNEE_1,
  montantsLiberaux,
  type LigneMontants,
  type OptionFinancee,
} from '../../parametres/montants-liberaux.ts';
import { DATE_REVALORISATION_2024, debutRegime } from '../../parametres/regimes.ts';
import { provenanceDe, valeurDateeAu } from '../../parametres/types.ts';
import { maxDate } from '../../dates.ts';
import type { BandeCalculee } from './bande.ts';

export function estOptionFinancee(option: OptionId | undefined): option is OptionFinancee {
  return option === 'tiers' || option === 'demi' || option === 'plein';
}

export interface PlafondAnnee {
  regimeApplique: RegimeLiberal;
  figure: Figure;
}

export function plafondAnnee(
  regimeContrat: RegimeLiberal,
  option: OptionFinancee,
  annee: number,
  debutAnnee: string,
  bande: BandeCalculee | null,
  /** The band's placement from counts (count and thresholds), shown as what decided the column. */
  placementBande?: Figure,
): PlafondAnnee {
  const parametre = montantsLiberaux[option];
  const dateLecture = maxDate(debutAnnee, debutRegime(regimeContrat));
  let colonne: keyof LigneMontants;
  if (bande === '>=P95') colonne = 'p95';
  else if (annee === 1) colonne = 'a1';
  else if (annee === 2) colonne = 'a2';
  else colonne = bande === 'P90-P95' ? 'majorationP90' : 'a3';

  const libelle = `plafond.${colonne}`;
  let ligne = valeurDateeAu(parametre, dateLecture);
  // ≥ P95 without an amount of its own: the year-1 amount, every year.
  if (colonne === 'p95' && ligne.valeur.p95 === MONTANT_ANNEE_1) colonne = 'a1';
  // The revalued ⅓ row has no year-1 amount: the row before it (same option) still applies.
  while (ligne.valeur[colonne] === LIGNE_PRECEDENTE) {
    const precedente = parametre.valeurs[parametre.valeurs.indexOf(ligne) - 1];
    if (!precedente) throw new Error(`Montant ${colonne} introuvable pour ${parametre.id}`);
    ligne = precedente;
  }
  const montant = ligne.valeur[colonne] as number;
  const figure = fig.bareme(
    'plafond',
    fig.parametre(libelle, montant, provenanceDe(parametre, ligne), 'euro'),
    {
      annee,
      bande,
      option,
      regimeApplique: regimeApplique(regimeContrat, debutAnnee),
      dateLecture,
    },
    'euro',
    placementBande ? [placementBande] : [],
  );
  return { regimeApplique: regimeApplique(regimeContrat, debutAnnee), figure };
}

/** Regime whose amounts a contract year receives (the 2024 revaluation shows as `convention-2024`). */
export function regimeApplique(regimeContrat: RegimeLiberal, debutAnnee: string): RegimeLiberal {
  return maxDate(debutAnnee, debutRegime(regimeContrat)) >= DATE_REVALORISATION_2024
    ? 'convention-2024'
    : regimeContrat;
}
