/**
 * `--cout`: the net cost of the assistant per contract year (employer cost, aid, remainder), as the
 * engine computes it, without the parameters' provenances (the sources page lists them). JSON: one
 * `cout` field per result; CSV: one row per contract year.
 */
import { stringify } from 'csv-stringify/sync';
import {
  coutNetAssistant,
  type AnneeCout,
  type CoutNet,
  type OptionsCout,
  type Resultat,
  type SalaireRetenu,
} from '../engine/annexes.ts';
import type { Cellule } from './format-output.ts';

export interface AnneeCoutSortie extends Omit<AnneeCout, 'salaire'> {
  salaire: Omit<SalaireRetenu, 'provenances'>;
}

export interface CoutSortie extends Omit<CoutNet, 'tauxCharges' | 'annees'> {
  tauxCharges: Omit<CoutNet['tauxCharges'], 'provenance'>;
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

/** The engine's net cost, field by field in its order, without `provenance(s)`. */
export function coutSortie(resultat: Resultat, options: OptionsCout): CoutSortie {
  const cout = coutNetAssistant(resultat, options);
  const { valeur, origine, defaut } = cout.tauxCharges;
  return {
    sansCout: cout.sansCout,
    tauxCharges: { valeur, origine, defaut },
    annees: cout.annees.map((a) => ({
      annee: a.annee,
      debut: a.debut,
      etp: a.etp,
      heuresHebdomadaires: a.heuresHebdomadaires,
      salaire: {
        montant: a.salaire.montant,
        origine: a.salaire.origine,
        conventionnel: a.salaire.conventionnel,
        smic: a.salaire.smic,
      },
      salaireBrutAnnuel: a.salaireBrutAnnuel,
      charges: a.charges,
      coutEmployeur: a.coutEmployeur,
      aide: a.aide,
      resteACharge: a.resteACharge,
    })),
    totaux: cout.totaux,
    heuresOption: cout.heuresOption,
    sousTempsOption: cout.sousTempsOption,
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
];

/** One row per contract year; a contract without a cost (ineligible…) gives no row. */
export function lignesCsvCout(index: number, cout: CoutSortie): Cellule[][] {
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
  ]);
}

/** The cost's CSV, header included, with the same csv-stringify settings as morceauxCsv. */
export function* morceauxCsvCout(lignes: readonly Cellule[][], taille = 5000): Generator<string> {
  yield stringify([COLONNES_CSV_COUT]);
  for (let debut = 0; debut < lignes.length; debut += taille) {
    yield stringify(lignes.slice(debut, debut + taille));
  }
}
