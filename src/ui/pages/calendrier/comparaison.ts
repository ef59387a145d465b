/**
 * Regime comparison for a running liberal contract signed before the 2024 convention: the plan as
 * it stands (engine, with the 2024 revaluation) against a new convention-2024 contract signed today
 * (same doctor; objectives met). Every amount and date comes from the engine: the horizon is the
 * new contract's first five contract years, and each contract's instalments dated in each of those
 * years are added up.
 */
import { calendrierVersements, type Versement } from '../../../engine/calendrier.ts';
import { type Resultat } from '../../../engine/simulation.ts';
import { type Situation } from '../../../engine/saisie.ts';
import { simulerSansPanne } from '../../state/simulation.ts';

export const ANNEES_HORIZON = 5;
/** The engine projects at most 10 contract years. */
const ANNEES_MAX = 10;

export interface Periode {
  debut: string;
  /** First day after the period. */
  fin: string;
  actuel: number;
  nouveau: number;
}

export interface Comparaison {
  actuel: Resultat;
  nouveau: Resultat;
  periodes: Periode[];
  totalActuel: number;
  totalNouveau: number;
  /** The running contract's projection (10 years) ends before the horizon. */
  projectionCourte: boolean;
}

/** A contract that existed before the 2024 convention (its own regime is an older one). */
export function comparable(resultat: Resultat | null): boolean {
  return (
    resultat !== null &&
    resultat.structure === 'liberal' &&
    resultat.regime !== null &&
    resultat.regime !== 'convention-2024'
  );
}

const centimes = (x: number): number => Math.round(x * 100);
const somme = (vs: readonly Versement[], debut: string, fin: string): number =>
  vs.filter((v) => v.date >= debut && v.date < fin).reduce((s, v) => s + centimes(v.montant), 0);

export function comparer(situation: Situation, aujourdhui: string): Comparaison | null {
  if (situation.structure !== 'liberal') return null;
  const courant = { ...situation, annees: ANNEES_MAX } as Situation;
  const nouveauContrat: Record<string, unknown> = {
    ...situation,
    dateSignature: aujourdhui,
    annees: ANNEES_HORIZON + 1,
  };
  for (const cle of ['regime', 'atteinte', 'realise', 'objectif']) delete nouveauContrat[cle];
  const actuel = simulerSansPanne(courant);
  const nouveau = simulerSansPanne(nouveauContrat as Situation);
  if (actuel === null || nouveau === null || !comparable(actuel)) return null;
  const vActuel = calendrierVersements(courant, actuel).versements;
  const vNouveau = calendrierVersements(nouveauContrat as Situation, nouveau).versements;
  const bornes = nouveau.annees.map((a) => a.debut);
  const periodes: Periode[] = [];
  for (let k = 0; k < ANNEES_HORIZON && k + 1 < bornes.length; k++) {
    const debut = bornes[k]!;
    const fin = bornes[k + 1]!;
    periodes.push({
      debut,
      fin,
      actuel: somme(vActuel, debut, fin) / 100,
      nouveau: somme(vNouveau, debut, fin) / 100,
    });
  }
  const derniere = actuel.annees.at(-1);
  const derniereDebut = periodes.at(-1)?.debut ?? aujourdhui;
  return {
    actuel,
    nouveau,
    periodes,
    totalActuel: periodes.reduce((s, p) => s + centimes(p.actuel), 0) / 100,
    totalNouveau: periodes.reduce((s, p) => s + centimes(p.nouveau), 0) / 100,
    projectionCourte: derniere !== undefined && derniere.debut < derniereDebut,
  };
}
