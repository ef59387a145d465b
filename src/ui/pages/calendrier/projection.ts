/**
 * Where the projected instalments stop: the date of the first instalment of the first contract
 * year the projection leaves out, asked of the engine (one more year simulated); at the engine's
 * last year, that year's first day. A calendar year from then on is only partly counted.
 */
import { ANNEES_MAX, type Situation } from '../../../engine/saisie.ts';
import { calendrierVersements } from '../../../engine/calendrier.ts';
import { type Resultat } from '../../../engine/simulation.ts';
import { simulerSansPanne } from '../../state/simulation.ts';

/** The day after the last projected contract year. */
function finDerniereAnnee(resultat: Resultat): string {
  const debut = resultat.annees.at(-1)?.debut ?? '';
  return `${Number(debut.slice(0, 4)) + 1}${debut.slice(4)}`;
}

export function finProjection(situation: Situation, resultat: Resultat): string {
  const n = resultat.annees.length;
  if (n >= ANNEES_MAX) return finDerniereAnnee(resultat);
  const suite = { ...situation, annees: n + 1 } as Situation;
  const r = simulerSansPanne(suite);
  if (r === null) return finDerniereAnnee(resultat);
  const dates = calendrierVersements(suite, r)
    .versements.filter((v) => v.annee === n + 1)
    .map((v) => v.date)
    .sort();
  return dates[0] ?? finDerniereAnnee(resultat);
}
