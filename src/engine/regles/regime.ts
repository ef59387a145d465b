/**
 * The regime: forced by the user, or chosen from the signature date (RULES.md §1, §7). A date
 * before the first regime of its structure has none ("no scheme at that date", §8.1).
 */
import type { RegimeId, Situation } from '../../schemas/index.ts';
import { regimesCentres, regimesCollectifs, regimesLiberaux } from '../parametres/regimes.ts';
import type { Parametre } from '../parametres/types.ts';

const TABLES: Record<Situation['structure'], Parametre<RegimeId>> = {
  liberal: regimesLiberaux,
  centre: regimesCentres,
  collectif: regimesCollectifs,
};

export function regimeDe(situation: Situation): RegimeId | null {
  if (situation.regime) return situation.regime;
  const table = TABLES[situation.structure];
  const v = table.valeurs.find(
    (x) =>
      x.depuis <= situation.dateSignature &&
      (x.jusqua === undefined || situation.dateSignature <= x.jusqua),
  );
  return v ? v.valeur : null;
}

export function premierDebut(structure: Situation['structure']): string {
  return TABLES[structure].valeurs[0]!.depuis;
}
