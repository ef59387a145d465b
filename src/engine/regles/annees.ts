/**
 * What every structure's yearly plan shares (RULES.md §8.1): the contract years from the
 * signature anniversaries, the achievement of a year (typed, or measured from realised counts),
 * a row of the plan, a year without a computed amount, and the total in cents.
 */
import { anniversaire } from '../dates.ts';
import { fig, type Figure } from '../explication/figure.ts';
import type { Strategies } from '../strategies.ts';
import { VERSION_REGLES } from '../parametres/version.ts';
import type { AnneeResultat, Resultat, Statut } from '../types.ts';
import { atteinteSaisie, type AtteinteCalculee, type Indicateur } from './atteinte.ts';

export const ANNEES_PAR_DEFAUT = 5;

/** One row per contract year (default 5), each from its number and its start date. */
export function anneesDuContrat(
  s: { annees?: number | undefined; dateSignature: string },
  ligne: (annee: number, debut: string) => AnneeResultat,
): AnneeResultat[] {
  const n = s.annees ?? ANNEES_PAR_DEFAUT;
  const annees: AnneeResultat[] = [];
  for (let k = 1; k <= n; k++) annees.push(ligne(k, anniversaire(s.dateSignature, k - 1)));
  return annees;
}

type Realise = Partial<Record<Indicateur, number>>;

/**
 * Achievement of year k: the typed rate wins (the whole field, under the `champ-entier`
 * strategy); else the realised counts of that year, measured by `mesures`; else the default.
 */
export function atteinteDeLAnnee(
  s: { atteinte?: readonly number[] | undefined; realise?: readonly Realise[] | undefined },
  k: number,
  strategies: Strategies,
  mesures: (ligne: Realise) => AtteinteCalculee,
): AtteinteCalculee {
  const saisie = s.atteinte?.[k - 1];
  if (
    saisie !== undefined ||
    (s.atteinte !== undefined && strategies.priorisationAtteinte === 'champ-entier')
  )
    return { figure: atteinteSaisie(saisie) };
  const ligne = s.realise?.[k - 1];
  if (ligne === undefined) return { figure: atteinteSaisie(undefined) };
  return mesures(ligne);
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

/**
 * A structure's result without band or option (centres, collective contract): the total is 0
 * for an ineligible contract (RULES.md §8.1), else the sum of the years.
 */
export function resultatSansOption(
  structure: 'centre' | 'collectif',
  regime: Resultat['regime'],
  eligibilite: Resultat['eligibilite'],
  objectif: Resultat['objectif'],
  annees: AnneeResultat[],
  suite: Pick<Resultat, 'etpRetenu'> = {},
): Resultat {
  return {
    structure,
    regime,
    bande: null,
    option: null,
    eligibilite,
    objectif,
    annees,
    total: eligibilite.statut === 'ineligible' ? 0 : totalDes(annees),
    ...suite,
    versionRegles: VERSION_REGLES,
  };
}
