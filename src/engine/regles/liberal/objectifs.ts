/**
 * Liberal objectives (RULES.md §4, §8.1): patients to add per indicator. The CPAM's contractual
 * objective wins; otherwise the avenant 7 grid cell (floor(initial × rate)); newly installed doctors
 * under avenant 7 and the règlement arbitral: reach the P50 (GPs: the only P50 known); else `null`.
 */
import { fig, type Figure } from '../../explication/figure.ts';
import { grilleObjectifsAvenant7 } from '../../parametres/objectifs-avenant7.ts';
import { p50GeneralistesFa, p50GeneralistesMt } from '../../parametres/seuils-generalistes.ts';
import { valeurAu, type Provenance } from '../../parametres/types.ts';
import type { Objectif } from '../../types.ts';
import type { Raisons } from '../raisons.ts';
import type { Placement } from './bande.ts';
import type { ContexteLiberal, Indicateur } from './contexte.ts';
import { estOptionFinancee } from './plafond.ts';

type Origine = Objectif['origine'];

interface ObjectifIndicateur {
  figure: Figure | null;
  origine: Origine;
}

function initialFigure(ctx: ContexteLiberal, ind: Indicateur): Figure {
  return fig.saisie(`initial.${ind}`, ctx.initial[ind], 'patients');
}

function grille(
  ctx: ContexteLiberal,
  ind: Indicateur,
  bande: Placement,
  r: Raisons,
): Figure | null {
  const option = ctx.s.option;
  const b =
    ind === 'mt' ||
    bande.origine === 'saisie' ||
    ctx.strategies.bandeDepuisEffectifsPourFa === 'bande-mt'
      ? bande.valeur
      : null;
  if (b === null || !estOptionFinancee(option)) return null;
  const { valeur: table, provenance } = valeurAu(grilleObjectifsAvenant7, ctx.dateRegime);
  const cellule = b === 'P50-P90' ? null : table[b]?.[option];
  if (!cellule) {
    if (b !== '<P30')
      r.ajouter('information', 'objectif-cellule-inconnue', { bande: b, option, indicateur: ind });
    return null;
  }
  const prov: Provenance = {
    ...provenance,
    sources: cellule.sources,
    confiance: cellule.confiance,
  };
  const taux = fig.bareme(
    'objectif.taux',
    fig.parametre('objectif.taux', cellule.taux, prov, 'taux'),
    { bande: b, option },
    'taux',
  );
  const produit = fig.produit('objectif', [initialFigure(ctx, ind), taux], 'patients');
  return ctx.strategies.arrondiObjectif === 'plancher'
    ? fig.plancher(`objectif.${ind}`, produit, 'patients')
    : {
        ...fig.plancher(
          `objectif.${ind}`,
          fig.somme('objectif', [produit, fig.saisie('arrondi', 0.5)]),
          'patients',
        ),
      };
}

function nouvelInstalle(ctx: ContexteLiberal, ind: Indicateur): Figure | null {
  if (!ctx.generaliste) return null;
  const p50 = valeurAu(ind === 'mt' ? p50GeneralistesMt : p50GeneralistesFa, ctx.dateRegime);
  const ecart = fig.difference(
    `objectif.${ind}`,
    fig.parametre('objectif.p50', p50.valeur, p50.provenance, 'patients'),
    initialFigure(ctx, ind),
    'patients',
  );
  return fig.maximum(`objectif.${ind}`, [ecart, fig.saisie('zero', 0)], 'patients');
}

function objectifIndicateur(
  ctx: ContexteLiberal,
  ind: Indicateur,
  bande: Placement,
  r: Raisons,
): ObjectifIndicateur {
  if (!ctx.indicateurs.includes(ind)) return { figure: null, origine: 'aucun' };
  const contractuel = ctx.s.objectif?.[ind];
  if (contractuel !== undefined)
    return {
      figure: fig.saisie('objectif.contractuel', contractuel, 'patients'),
      origine: 'contractuel',
    };
  if (ctx.s.nouvelInstalle === true) {
    if (ctx.regime === 'convention-2024') return { figure: null, origine: 'aucun' };
    const f = nouvelInstalle(ctx, ind);
    return f && f.valeur !== null
      ? { figure: f, origine: 'nouvel-installe' }
      : { figure: null, origine: 'aucun' };
  }
  if (ctx.regime !== 'avenant7-2019') return { figure: null, origine: 'aucun' };
  const f = grille(ctx, ind, bande, r);
  return f && f.valeur !== null
    ? { figure: f, origine: 'grille' }
    : { figure: null, origine: 'aucun' };
}

export function objectifsLiberaux(ctx: ContexteLiberal, bande: Placement, r: Raisons): Objectif {
  const mt = objectifIndicateur(ctx, 'mt', bande, r);
  const fa = objectifIndicateur(ctx, 'fileActive', bande, r);
  const origines = [mt.origine, fa.origine].filter((o) => o !== 'aucun');
  const origine: Origine = origines.includes('contractuel')
    ? 'contractuel'
    : (origines[0] ?? 'aucun');
  if (mt.figure === null && fa.figure === null && ctx.regime !== 'avenant7-2019') {
    r.ajouter('information', 'objectif-fixe-par-cpam', { regime: ctx.regime });
  }
  return {
    mt: mt.figure?.valeur ?? null,
    fileActive: fa.figure?.valeur ?? null,
    origine,
    explications: { mt: mt.figure, fileActive: fa.figure },
  };
}
