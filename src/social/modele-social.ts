/**
 * The French social model behind mon-entreprise.urssaf.fr (`modele-social`, publicodes rules kept
 * by URSSAF's team), adapted to what the engine needs (`ModeleCotisations`): the employer
 * contributions and reductions of one employee. Kept out of the engine and out of every first
 * load (about 640 KB): the cost page loads it on demand in a Web Worker, the command line only
 * with `--cout`.
 *
 * Situation: a CDI, non-cadre, in a practice of fewer than 11 employees (the model gives the same
 * contributions from 1 to 10 employees), part time below 35 hours, evaluated at the contract year's
 * start. Everything else is the model's default (no Alsace-Moselle, no overseas zone, the model's
 * default complementary health insurance, no convention-specific provident scheme).
 */
import type {
  CodeCotisation,
  CodeReduction,
  CotisationsCalculees,
  EntreeCotisations,
  ModeleCotisations,
} from '../engine/cout.ts';

/** Version of the installed `modele-social` (tests check it against its package.json). */
export const VERSION_MODELE_SOCIAL = '11.1.0';
/** Legislation the model encodes: 2026 (réduction générale dégressive unique, 2026 rates). */
export const ANNEE_REGLES_MODELE = 2026;
/** The model's headcount band: 5 to 10 employees (same contributions as under 5). */
export const SEUIL_EFFECTIF = 'moins de 11';

const C = 'salarié . cotisations . ';

/** The lines of the model's `salarié . cotisations . employeur` sum, in its order. */
const COTISATIONS: readonly [CodeCotisation, string][] = [
  ['maladie', `${C}maladie . employeur`],
  ['complementaire-sante', `${C}prévoyances . santé . employeur`],
  ['accidents-du-travail', `${C}ATMP`],
  ['vieillesse-plafonnee', `${C}vieillesse . plafonnée . employeur`],
  ['vieillesse-deplafonnee', `${C}vieillesse . déplafonnée . employeur`],
  ['retraite-complementaire', `${C}retraite complémentaire-CEG-CET . employeur`],
  ['allocations-familiales', `${C}allocations familiales`],
  ['chomage', `${C}assurance chômage`],
  ['apec', `${C}APEC . employeur`],
  ['autres-contributions', `${C}autres employeur`],
  ['prevoyance', `${C}prévoyances . incapacité invalidité décès . employeur`],
];
const REDUCTION_GENERALE = `${C}exonérations . RGDU`;
const EXONERATIONS = `${C}exonérations . employeur`;
const COUT_TOTAL = 'salarié . coût total employeur';

/** The few members of publicodes' Engine used here (its constructor is passed in). */
export interface MoteurPublicodes {
  setSituation(situation: Record<string, string>): unknown;
  evaluate(expression: { valeur: string; unité: string }): { nodeValue: unknown };
}
export type ConstructeurMoteur = new (
  regles: Record<string, unknown>,
  options: { logger: { log(): void; warn(): void; error(): void } },
) => MoteurPublicodes;

const muet = { log() {}, warn() {}, error() {} };

/** `2026-01-15` → `15/01/2026`, the model's date format. */
const dateModele = (iso: string): string => iso.split('-').reverse().join('/');

export function situationModele(entree: EntreeCotisations): Record<string, string> {
  const situation: Record<string, string> = {
    date: dateModele(entree.date),
    'salarié . contrat': "'CDI'",
    'salarié . contrat . statut cadre': 'non',
    'entreprise . salariés . effectif . seuil': `'${SEUIL_EFFECTIF}'`,
    'salarié . contrat . salaire brut': `${entree.salaireBrutMensuel} €/mois`,
  };
  if (entree.heuresHebdomadaires < 35) {
    situation['salarié . contrat . temps de travail . temps partiel'] = 'oui';
    situation['salarié . contrat . temps de travail . temps partiel . heures par semaine'] =
      `${entree.heuresHebdomadaires} heure/semaine`;
  }
  return situation;
}

export const cleEntree = (e: EntreeCotisations): string =>
  `${e.date}|${e.salaireBrutMensuel}|${e.heuresHebdomadaires}`;

export interface ModeleSocial extends ModeleCotisations {
  /** The model's own total (`salarié . coût total employeur`, €/an), to check the lines. */
  coutTotal(entree: EntreeCotisations): number;
}

/** The engine built once (about a second), each distinct entry evaluated once. */
export function creerModeleSocial(
  regles: Record<string, unknown>,
  Moteur: ConstructeurMoteur,
): ModeleSocial {
  const moteur = new Moteur(regles, { logger: muet });
  const memoire = new Map<string, CotisationsCalculees>();
  const valeur = (regle: string): number => {
    const v = moteur.evaluate({ valeur: regle, unité: '€/an' }).nodeValue;
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const calculer = (entree: EntreeCotisations): CotisationsCalculees => {
    const cle = cleEntree(entree);
    const connu = memoire.get(cle);
    if (connu) return connu;
    moteur.setSituation(situationModele(entree));
    const generale = valeur(REDUCTION_GENERALE);
    const autres = valeur(EXONERATIONS) - generale;
    const reductions: { code: CodeReduction; montant: number }[] = [
      { code: 'reduction-generale', montant: generale },
    ];
    if (Math.abs(autres) > 0.001) reductions.push({ code: 'autres-exonerations', montant: autres });
    const resultat = {
      cotisations: COTISATIONS.map(([code, regle]) => ({ code, montant: valeur(regle) })),
      reductions,
    };
    memoire.set(cle, resultat);
    return resultat;
  };
  return {
    nom: 'modele-social',
    version: VERSION_MODELE_SOCIAL,
    anneeRegles: ANNEE_REGLES_MODELE,
    calculer,
    coutTotal(entree) {
      moteur.setSituation(situationModele(entree));
      return valeur(COUT_TOTAL);
    },
  };
}
