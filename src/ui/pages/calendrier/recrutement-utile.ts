/**
 * Whether the recruitment date moves any instalment of this contract (issue 10): under avenant 7
 * the year-1 advance runs from the recruitment; from the règlement arbitral of 2023 year 1 is paid
 * within the month after signature (RULES.md §6), so the date changes nothing. Asked of the engine
 * (same calendar with a later recruitment date), never decided here from the regime.
 */
import { calendrierVersements } from '../../../engine/calendrier.ts';
import { type Resultat } from '../../../engine/simulation.ts';
import { type Situation } from '../../../engine/saisie.ts';

/** ISO date `jours` days later (UTC, so the day never shifts). */
function plus(iso: string, jours: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + jours);
  return d.toISOString().slice(0, 10);
}

export function recrutementCompte(situation: Situation, resultat: Resultat): boolean {
  const sans = calendrierVersements(situation, resultat).versements;
  const essai = calendrierVersements(situation, resultat, {
    dateRecrutement: plus(situation.dateSignature, 45),
  }).versements;
  return sans.some((v, i) => v.date !== essai[i]?.date);
}
