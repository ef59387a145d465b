/**
 * What the answers not given leave open (issue 10): the engine's batch convention takes an absent
 * yes/no for "non" (RULES.md §8.1), so the results ask the engine itself which unanswered questions
 * matter: those its rules read to reach this result (`lectures`, issue 14; a field not read cannot
 * change it). Every combination of the unanswered yes/no questions the rules read is simulated; a question is decisive when flipping it alone changes the verdict (status, blocking
 * reasons and conditions) or the amounts. A band the doctor does not know (`bande` unanswered where
 * the engine needs it, or counts that cannot place a majoration) gives one plan per group of bands
 * paying the same amounts.
 */
import { type Bande, type Situation } from '../../engine/saisie.ts';
import { lectures, type NatureRaison, type Resultat } from '../../engine/simulation.ts';
import { variante } from './simulation.ts';

/** Bands from the P30 floor up: below P30 a doctor is not eligible (unless exempted). */
const BANDES_ELIGIBLES: readonly Bande[] = ['P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', '>=P95'];
/** Engine reasons that say the band is not known: missing, or majoration band stated by the CPAM. */
const CODES_BANDE_INCONNUE = new Set([
  'bande-manquante',
  'bande-majoration-par-cpam',
  'bande-sans-majoration-connue',
]);
/** A yes/no answered by no one: beyond this many, combinations are not enumerated. */
const MAX_QUESTIONS = 8;

export interface PlanBande {
  /** Consecutive bands that pay the same amounts (P30-P50, P50-P70, P70-P90 → one plan). */
  bandes: Bande[];
  resultat: Resultat;
}

export interface SiOuiSiNon {
  cle: string;
  oui: Resultat;
  non: Resultat;
}

export interface Incertitudes {
  /** Unanswered yes/no questions whose answer changes the verdict or the amounts. */
  decisives: string[];
  /** The amounts do not depend on the unanswered questions (only the verdict may). */
  montantsCertains: boolean;
  /** Both outcomes, when a single question is open and the band is known. */
  siOuiSiNon: SiOuiSiNon | null;
  /** Lowest and highest total over every combination, when they differ. */
  fourchette: { min: number; max: number } | null;
  /** One plan per group of bands, when the band is unknown and changes the amounts. */
  bandes: PlanBande[] | null;
  /** Codes of the reasons found whatever the unanswered answers: the only ones worth showing. */
  raisonsCertaines: Set<string>;
}

function montants(r: Resultat | null): string {
  return r === null ? 'erreur' : JSON.stringify([r.annees.map((a) => a.montant), r.total]);
}

/** What a verdict is made of: an ineligible one by its status and amounts, others with their reasons. */
function signature(r: Resultat | null): string {
  if (r === null) return 'erreur';
  const statut = r.eligibilite.statut;
  const natures: readonly NatureRaison[] =
    statut === 'ineligible' ? [] : ['incomplet', 'a-confirmer', 'condition'];
  const codes = r.eligibilite.raisons
    .filter((x) => natures.includes(x.nature))
    .map((x) => x.code)
    .sort();
  return JSON.stringify([statut, codes, montants(r)]);
}

function combinaison(questions: readonly string[], masque: number): Record<string, boolean> {
  return Object.fromEntries(questions.map((q, i) => [q, (masque & (1 << i)) !== 0]));
}

export function bandeInconnue(situation: Situation, resultat: Resultat): boolean {
  return (
    situation.structure === 'liberal' &&
    situation.bande === undefined &&
    resultat.eligibilite.raisons.some((r) => CODES_BANDE_INCONNUE.has(r.code))
  );
}

/** The yes/no questions not answered that the rules read for this situation. */
export function questionsOuvertes(situation: Situation, nonRepondus: readonly string[]): string[] {
  let lus: readonly string[];
  try {
    lus = lectures(situation).lus;
  } catch (erreur) {
    console.error(erreur);
    return [];
  }
  return nonRepondus.filter((q) => lus.includes(q)).slice(0, MAX_QUESTIONS);
}

function groupesDeBandes(situation: Situation): PlanBande[] {
  const groupes: PlanBande[] = [];
  for (const bande of BANDES_ELIGIBLES) {
    const resultat = variante(situation, { bande });
    if (resultat === null) return [];
    const dernier = groupes.at(-1);
    if (dernier && montants(dernier.resultat) === montants(resultat)) dernier.bandes.push(bande);
    else groupes.push({ bandes: [bande], resultat });
  }
  return groupes;
}

/** One engine run per combination of the open questions (bit i of the mask: question i is "oui"). */
function parCombinaison(base: Situation, questions: readonly string[]): (Resultat | null)[] {
  return Array.from({ length: 1 << questions.length }, (_, masque) =>
    variante(base, combinaison(questions, masque)),
  );
}

/** Codes of the reasons present in every combination. */
function communes(resultats: readonly (Resultat | null)[]): Set<string> {
  const ensembles = resultats.map((r) => new Set(r?.eligibilite.raisons.map((x) => x.code) ?? []));
  const [premier = new Set<string>(), ...autres] = ensembles;
  return new Set([...premier].filter((code) => autres.every((e) => e.has(code))));
}

export function incertitudes(
  situation: Situation,
  resultat: Resultat,
  nonRepondus: readonly string[],
): Incertitudes {
  const questions = questionsOuvertes(situation, nonRepondus);
  const groupes = bandeInconnue(situation, resultat) ? groupesDeBandes(situation) : [];
  const bandes = groupes.length > 1 ? groupes : null;
  /** The situations the answers leave possible, before the yes/no questions. */
  const bases: Situation[] = bandes
    ? BANDES_ELIGIBLES.map((bande) => ({ ...situation, bande }) as Situation)
    : [situation];
  const decisives = new Set<string>();
  let montantsCertains = true;
  const totaux: number[] = [];
  /** The combinations of the situation itself (its only base when the band is known). */
  let propres: (Resultat | null)[] = [];
  for (const base of bases) {
    const resultats = parCombinaison(base, questions);
    if (base === situation) propres = resultats;
    resultats.forEach((r, masque) => {
      if (typeof r?.total === 'number') totaux.push(r.total);
      if (montants(r) !== montants(resultats[0] ?? null)) montantsCertains = false;
      questions.forEach((q, i) => {
        const bit = 1 << i;
        if ((masque & bit) === 0 && signature(r) !== signature(resultats[masque | bit] ?? null))
          decisives.add(q);
      });
    });
  }
  const ouvertes = questions.filter((q) => decisives.has(q));
  const seule = ouvertes.length === 1 && bandes === null ? ouvertes[0] : undefined;
  const oui = seule === undefined ? null : variante(situation, { [seule]: true });
  const non = seule === undefined ? null : variante(situation, { [seule]: false });
  const min = Math.min(...totaux);
  const max = Math.max(...totaux);
  return {
    decisives: ouvertes,
    montantsCertains,
    siOuiSiNon: seule !== undefined && oui && non ? { cle: seule, oui, non } : null,
    fourchette: ouvertes.length > 0 && totaux.length > 0 && min !== max ? { min, max } : null,
    bandes,
    raisonsCertaines: communes(bandes === null ? propres : [resultat]),
  };
}

/**
 * The result with only the reasons that hold whatever the unanswered questions (an "exercice isolé"
 * reason must not be shown to a doctor who did not say he practises alone); unchanged when that
 * would leave its verdict without a reason.
 */
export function raisonsSures(resultat: Resultat, certaines: ReadonlySet<string>): Resultat {
  const raisons = resultat.eligibilite.raisons.filter((r) => certaines.has(r.code));
  const statut = resultat.eligibilite.statut;
  if (raisons.length === resultat.eligibilite.raisons.length) return resultat;
  if (statut !== 'eligible' && !raisons.some((r) => r.nature === statut)) return resultat;
  return { ...resultat, eligibilite: { ...resultat.eligibilite, raisons } };
}
