/**
 * `--cout`: the net cost of the assistant per contract year (gross salary, employer contributions,
 * reductions, employer cost, aid, remainder), as the engine computes it with the French social
 * model (modele-social, loaded on the first cost only), or with the flat rate of `--charges`.
 * Without the parameters' provenances (the sources page lists them). JSON: one `cout` field per
 * result; CSV: one row per contract year.
 */
import { createRequire } from 'node:module';
import {
  coutNetAssistant,
  type AnneeCout,
  type CoutNet,
  type OptionsCout,
  type Resultat,
  type SalaireRetenu,
} from '../engine/index.ts';
import {
  creerModeleSocial,
  type ConstructeurMoteur,
  type ModeleSocial,
} from '../social/modele-social.ts';
import { avertir } from './avertir.ts';
import type { Cellule } from './format-output.ts';

export interface AnneeCoutSortie extends Omit<AnneeCout, 'salaire'> {
  salaire: Omit<SalaireRetenu, 'provenances'>;
}

export interface CoutSortie extends Omit<CoutNet, 'annees'> {
  annees: AnneeCoutSortie[];
}

/** The command line's values, already checked; `charges` is a percentage (30 for 30 %). */
export interface SaisieCout {
  salaire: number | null;
  heures: number | null;
  charges: number | null;
}

/** The engine's options: only the values given, the rate as a share of the gross salary. */
export function optionsCout({ salaire, heures, charges }: SaisieCout): OptionsCout {
  const options: OptionsCout = {};
  if (salaire !== null) options.salaireBrutMensuel = salaire;
  if (heures !== null) options.heuresHebdomadaires = heures;
  if (charges !== null) options.tauxCharges = charges / 100;
  return options;
}

let modele: ModeleSocial | null = null;

/**
 * The social model, built on first use in this thread (about a second): a run without `--cout`,
 * or with `--charges`, never loads it. Synchronous `require` of the ES packages (Node ≥ 20.19).
 */
export function modeleSocial(): ModeleSocial {
  if (modele) return modele;
  const requerir = createRequire(import.meta.url);
  const { default: regles } = requerir('modele-social') as { default: Record<string, unknown> };
  const { default: Engine } = requerir('publicodes') as { default: ConstructeurMoteur };
  modele = creerModeleSocial(regles, Engine);
  return modele;
}

/** Built on first use (a warning is rare; ICU's French data cost a start, engine/dates.ts). */
let formats: { ronds: Intl.NumberFormat; centimes: Intl.NumberFormat } | undefined;
/** « 1 500 € », « 1 801,80 € » (never « 1 801,8 € »). */
function euros(n: number): string {
  formats ??= {
    ronds: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }),
    centimes: new Intl.NumberFormat('fr-FR', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
  };
  return `${(Number.isInteger(n) ? formats.ronds : formats.centimes).format(n)} €`;
}

/** The warning for a typed salary under a SMIC (one line per SMIC amount, avertir.ts). */
export function avertissementSmic(salaire: number, smic: number): string {
  return `attention : --salaire (${euros(salaire)} bruts par mois à temps plein) est inférieur au SMIC brut mensuel de ${euros(smic)} d’au moins une année de contrat : un salaire ne peut pas être inférieur au SMIC ; le coût est calculé tel quel (colonne salaireSousSmic, champ sousSmic)`;
}
/** Per thread, so that a batch formats and sends each SMIC's warning once; avertir.ts dedupes across threads. */
const dejaAverti = new Set<number>();

/** The engine's net cost, field by field in its order, without `provenance(s)`. */
export function coutSortie(resultat: Resultat, options: OptionsCout): CoutSortie {
  const avecModele = options.tauxCharges === undefined;
  const cout = coutNetAssistant(resultat, options, avecModele ? modeleSocial() : undefined);
  for (const a of cout.annees) {
    if (!a.sousSmic || dejaAverti.has(a.salaire.smic)) continue;
    dejaAverti.add(a.salaire.smic);
    avertir(avertissementSmic(a.salaire.montant, a.salaire.smic));
  }
  return {
    ...cout,
    annees: cout.annees.map((a) => ({
      ...a,
      salaire: {
        montant: a.salaire.montant,
        origine: a.salaire.origine,
        conventionnel: a.salaire.conventionnel,
        smic: a.salaire.smic,
      },
    })),
  };
}

export const COLONNES_CSV_COUT = [
  'index',
  'annee',
  'debut',
  'etp',
  'heuresHebdomadaires',
  'salaireBrutMensuel',
  'origineSalaire',
  'salaireBrutAnnuel',
  'charges',
  'coutEmployeur',
  'aide',
  'resteACharge',
  'cotisations',
  'reductions',
  'reductionGenerale',
  'calcul',
  'anneeRegles',
  'salaireSousSmic',
];

/** `modele-social 11.1.0` or `taux saisi 30 %`: how the contributions of a row were computed. */
function libelleCalcul(cout: CoutSortie): string {
  const c = cout.calcul;
  if (!c) return '';
  return c.methode === 'modele' ? `${c.nom} ${c.version}` : `taux saisi ${c.taux * 100} %`;
}

/** One row per contract year; a contract without a cost (ineligible…) gives no row. */
export function lignesCsvCout(index: number, cout: CoutSortie): Cellule[][] {
  const calcul = libelleCalcul(cout);
  const anneeRegles = cout.calcul?.methode === 'modele' ? cout.calcul.anneeRegles : null;
  return cout.annees.map((a) => [
    index,
    a.annee,
    a.debut,
    a.etp,
    a.heuresHebdomadaires,
    a.salaire.montant,
    a.salaire.origine,
    a.salaireBrutAnnuel,
    a.charges,
    a.coutEmployeur,
    a.aide,
    a.resteACharge,
    a.cotisations,
    a.reductions,
    a.detail.reductions.find((r) => r.code === 'reduction-generale')?.montant ?? 0,
    calcul,
    anneeRegles,
    a.sousSmic ? 'oui' : 'non',
  ]);
}
