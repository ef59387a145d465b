/**
 * The regime: forced by the user, or chosen from the signature date (RULES.md §1, §7). A date
 * before the first regime of its structure has none ("no scheme at that date", §8.1).
 */
import type { RegimeCentre, RegimeLiberal, Situation } from '../../schemas/index.ts';
import { regimesCentres, regimesLiberaux } from '../parametres/regimes.ts';
import type { Parametre } from '../parametres/types.ts';

export function regimeDe(situation: Situation): RegimeLiberal | RegimeCentre | null {
  if (situation.regime) return situation.regime;
  const table: Parametre<RegimeLiberal | RegimeCentre> =
    situation.structure === 'centre' ? regimesCentres : regimesLiberaux;
  const v = table.valeurs.find(
    (x) =>
      x.depuis <= situation.dateSignature &&
      (x.jusqua === undefined || situation.dateSignature <= x.jusqua),
  );
  return v ? v.valeur : null;
}

export function premierDebut(structure: Situation['structure']): string {
  const table = structure === 'centre' ? regimesCentres : regimesLiberaux;
  return table.valeurs[0]!.depuis;
}
