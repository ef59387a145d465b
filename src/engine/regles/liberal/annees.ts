/**
 * The yearly plan of a liberal contract (RULES.md §2, §5, §6, §8.1): start date of each contract
 * year, regime applied, ceiling, payment rate, amount rounded to the cent.
 */
import { anniversaire } from '../../dates.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import type { AnneeResultat, Objectif, Statut } from '../../types.ts';
import { atteinteRealisee, atteinteSaisie, type AtteinteCalculee } from '../atteinte.ts';
import type { Raisons } from '../raisons.ts';
import type { Placement } from './bande.ts';
import type { ContexteLiberal } from './contexte.ts';
import { tauxVersement } from './degressivite.ts';
import { estOptionFinancee, plafondAnnee, regimeApplique } from './plafond.ts';

export const ANNEES_PAR_DEFAUT = 5;

function atteinteAnnee(ctx: ContexteLiberal, k: number, objectif: Objectif): AtteinteCalculee {
  const { atteinte, realise } = ctx.s;
  const saisie = atteinte?.[k - 1];
  if (
    saisie !== undefined ||
    (atteinte !== undefined && ctx.strategies.priorisationAtteinte === 'champ-entier')
  ) {
    return { figure: atteinteSaisie(saisie) };
  }
  const ligne = realise?.[k - 1];
  if (ligne === undefined) return { figure: atteinteSaisie(undefined) };
  return atteinteRealisee(
    ctx.indicateurs.map((ind) => ({
      indicateur: ind,
      objectif: objectif[ind],
      realise: ligne[ind],
      initial: ctx.initial[ind],
    })),
    ctx.strategies,
  );
}

export interface PlanLiberal {
  annees: AnneeResultat[];
  total: number | null;
}

export function planLiberal(
  ctx: ContexteLiberal,
  bande: Placement,
  objectif: Objectif,
  statut: Statut,
  exonere: boolean,
  r: Raisons,
): PlanLiberal {
  const n = ctx.s.annees ?? ANNEES_PAR_DEFAUT;
  const option = ctx.s.option;
  const calculable = estOptionFinancee(option) && (bande.valeur !== null || exonere);
  const objectifAnnee = { mt: objectif.mt, fileActive: objectif.fileActive };
  const annees: AnneeResultat[] = [];
  for (let k = 1; k <= n; k++) {
    const debut = anniversaire(ctx.s.dateSignature, k - 1);
    const regime = regimeApplique(ctx.regime, debut);
    if (statut === 'ineligible' || !calculable) {
      const label =
        option === 'plein-et-demi' || option === 'double' ? 'second-assistant' : 'inconnu';
      annees.push(ligneNonCalculee(k, debut, regime, objectifAnnee, statut, label));
      continue;
    }
    const plafond = plafondAnnee(ctx.regime, option, k, debut, bande.valeur, bande.explication);
    let atteinte: Figure | null = null;
    if (k >= 3) {
      const calcul = atteinteAnnee(ctx, k, objectif);
      if ('manqueObjectif' in calcul) r.manque('objectif', 'objectif-manquant');
      else atteinte = calcul.figure;
    }
    const taux = tauxVersement(k, k >= 3 ? atteinte : null, ctx.strategies);
    const montant = fig.arrondi('montant', fig.produit('montant', [plafond.figure, taux], 'euro'));
    annees.push(
      ligneAnnee(
        k,
        debut,
        plafond.regimeApplique,
        objectifAnnee,
        plafond.figure.valeur,
        taux.valeur,
        montant.valeur,
        atteinte?.valeur ?? null,
        montant,
      ),
    );
  }
  return { annees, total: totalDes(annees) };
}

/**
 * A year without a computed amount: 0 for an ineligible contract (RULES.md §8.1), else unknown
 * (`null`, with the reason's label).
 */
export function ligneNonCalculee(
  annee: number,
  debut: string,
  regime: AnneeResultat['regime'],
  objectif: AnneeResultat['objectif'],
  statut: Statut,
  label = 'inconnu',
): AnneeResultat {
  return statut === 'ineligible'
    ? ligneAnnee(
        annee,
        debut,
        regime,
        objectif,
        null,
        null,
        0,
        null,
        fig.saisie('ineligible', 0, 'euro'),
      )
    : ligneAnnee(annee, debut, regime, objectif, null, null, null, null, fig.inconnu(label));
}

/** One row of the plan, built as one literal (the hot path of batch simulations). */
export function ligneAnnee(
  annee: number,
  debut: string,
  regime: AnneeResultat['regime'],
  objectif: AnneeResultat['objectif'],
  plafond: number | null,
  taux: number | null,
  montant: number | null,
  atteinte: number | null,
  explication: Figure | null,
): AnneeResultat {
  return { annee, debut, regime, plafond, taux, montant, atteinte, objectif, explication };
}

/** Total = sum of the rounded yearly amounts, in cents; `null` if one is unknown. */
export function totalDes(annees: readonly { montant: number | null }[]): number | null {
  let centimes = 0;
  for (const a of annees) {
    if (a.montant === null) return null;
    centimes += Math.round(a.montant * 100);
  }
  return centimes / 100;
}
