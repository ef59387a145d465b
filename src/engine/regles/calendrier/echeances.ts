/** Turns the dated instalment rules of parametres/calendrier.ts into dated, split instalments. */
import {
  HYPOTHESES_CALENDRIER,
  noteAvance,
  type HypotheseCalendrier,
} from '../../messages-calendrier.ts';
import type { Echeance } from '../../parametres/calendrier.ts';
import type { EcheanceCalculee } from './avances-centre.ts';
import { ajouterJours, ajouterMois } from './dates.ts';
import { repartir } from './repartition.ts';
import type { RegimeId, Situation } from '../../../schemas/index.ts';
import type { Resultat } from '../../types.ts';
import type { OptionsCalendrier, Versement } from './types.ts';

/** One structure's instalments for a result with a regime; the assumptions met go to `hypotheses`. */
export type PlacerVersements = (
  s: Situation,
  resultat: Resultat,
  options: OptionsCalendrier,
  hypotheses: Set<HypotheseCalendrier>,
  regime: RegimeId,
) => Versement[];

export interface Ancrage {
  /** First day of the (portion's) contract year, and first day of the next one. */
  debut: string;
  fin: string;
  /** Recruitment date, or the year's start when unknown. */
  recrutement: string;
  /** When the recruitment date is assumed: which assumption; else null. */
  recrutementSuppose: HypotheseCalendrier | null;
}

/**
 * [interprétation] An assistant recruited before the contract: no advance before the contract
 * exists, so the delay runs from the start of the (portion's) contract year.
 */
const depuisRecrutement = (a: Ancrage): string =>
  a.recrutement < a.debut ? a.debut : a.recrutement;

export function dateEcheance(e: Pick<Echeance, 'ancre' | 'mois' | 'jours'>, a: Ancrage): string {
  const base =
    e.ancre === 'recrutement' ? depuisRecrutement(a) : e.ancre === 'fin-annee' ? a.fin : a.debut;
  return ajouterJours(ajouterMois(base, e.mois ?? 0), e.jours ?? 0);
}

/** A parameter's instalment keeps its own note; a computed one is worded from its code. */
const note = (e: Echeance | EcheanceCalculee): string =>
  typeof e.note === 'string' ? e.note : noteAvance(e.note);

const indicatif = (e: Echeance | EcheanceCalculee, suppose: boolean): boolean =>
  suppose || e.confiance.some((c) => c === 'non-officiel' || c === 'interpretation');

export function versementsDe(
  echeances: readonly (Echeance | EcheanceCalculee)[],
  montant: number,
  a: Ancrage,
  repere: Pick<Versement, 'annee' | 'portion' | 'anneePortion'>,
  /** Collects the assumptions these instalments rest on. */
  hypotheses: Set<HypotheseCalendrier>,
): Versement[] {
  const montants = repartir(
    montant,
    echeances.map((e) => e.part),
  );
  return echeances.map((e, i) => {
    const hypothese = e.ancre === 'recrutement' ? a.recrutementSuppose : null;
    const suppose = hypothese !== null;
    if (hypothese !== null) hypotheses.add(hypothese);
    return {
      ...repere,
      date: dateEcheance(e, a),
      montant: montants[i]!,
      part: e.part,
      nature: e.nature,
      indicatif: indicatif(e, suppose),
      note: hypothese ? `${note(e)} ${HYPOTHESES_CALENDRIER[hypothese]}` : note(e),
      sources: e.sources,
      confiance: e.confiance,
    };
  });
}
