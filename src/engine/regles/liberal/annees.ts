/**
 * The yearly plan of a liberal contract (RULES.md §2, §5, §6, §8.1): start date of each contract
 * year, regime applied, ceiling, payment rate, amount rounded to the cent.
 */
import { fig, type Figure } from '../../explication/figure.ts';
import type { AnneeResultat, Objectif, Statut } from '../../types.ts';
import {
  anneesDuContrat,
  atteinteDeLAnnee,
  ligneAnnee,
  ligneNonCalculee,
  totalDes,
} from '../annees.ts';
import { atteinteRealisee, type AtteinteCalculee } from '../atteinte.ts';
import type { Raisons } from '../raisons.ts';
import type { Placement } from './bande.ts';
import type { ContexteLiberal } from './contexte.ts';
import { tauxVersement } from './degressivite.ts';
import { estOptionFinancee, plafondAnnee, regimeApplique } from './plafond.ts';

function atteinteAnnee(ctx: ContexteLiberal, k: number, objectif: Objectif): AtteinteCalculee {
  return atteinteDeLAnnee(ctx.s, k, ctx.strategies, (ligne) =>
    atteinteRealisee(
      ctx.indicateurs.map((ind) => ({
        indicateur: ind,
        objectif: objectif[ind],
        realise: ligne[ind],
        initial: ctx.initial[ind],
      })),
      ctx.strategies,
    ),
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
  const option = ctx.s.option;
  const calculable = estOptionFinancee(option) && (bande.valeur !== null || exonere);
  const objectifAnnee = { mt: objectif.mt, fileActive: objectif.fileActive };
  const annees = anneesDuContrat(ctx.s, (k, debut) => {
    const regime = regimeApplique(ctx.regime, debut);
    if (statut === 'ineligible' || !calculable) {
      const label =
        option === 'plein-et-demi' || option === 'double' ? 'second-assistant' : 'inconnu';
      return ligneNonCalculee(k, debut, regime, objectifAnnee, statut, label);
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
    return ligneAnnee(
      k,
      debut,
      plafond.regimeApplique,
      objectifAnnee,
      plafond.figure.valeur,
      taux.valeur,
      montant.valeur,
      atteinte?.valeur ?? null,
      montant,
    );
  });
  return { annees, total: totalDes(annees) };
}
