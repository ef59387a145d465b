/** Validates a slice of raw situations, runs the engine on the valid ones, formats the results. */
import { simuler, validerSituation } from '../engine/index.ts';
import type { Entree } from './entree.ts';
import { ligneCsv, resultatJson, type Cellule, type OptionsSortie } from './format-output.ts';

export interface Lot {
  numero: number;
  /** JSON results of the slice joined by `,\n` (empty when none). */
  json: string;
  lignesCsv: Cellule[][];
  /** One French line per invalid situation: `élément 3 : patientele.mtAdultes : doit être …`. */
  rejets: string[];
}

/** An engine failure (a bug, never a user error), located on its input. */
export class ErreurMoteur extends Error {
  override name = 'ErreurMoteur';
}

const uneLigne = (texte: string): string => texte.replace(/\s*[\r\n]+\s*/g, ' ');

/** `premierIndex`: index (from 1) of the slice's first situation in the whole input. */
export function traiterLot(
  numero: number,
  entrees: readonly Entree[],
  premierIndex: number,
  options: OptionsSortie,
): Lot {
  const json: string[] = [];
  const lignesCsv: Cellule[][] = [];
  const rejets: string[] = [];
  for (let i = 0; i < entrees.length; i++) {
    const { lieu, valeur } = entrees[i] as Entree;
    const validation = validerSituation(valeur);
    if (!validation.ok) {
      rejets.push(uneLigne(`${lieu} : ${validation.erreurs.map((e) => e.message).join(' ; ')}`));
      continue;
    }
    let resultat;
    try {
      resultat = simuler(validation.situation);
    } catch (erreur) {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      throw new ErreurMoteur(`${lieu} : ${message}`, { cause: erreur });
    }
    if (options.format === 'csv') lignesCsv.push(ligneCsv(premierIndex + i, resultat));
    else json.push(resultatJson(premierIndex + i, resultat, options));
  }
  return { numero, json: json.join(',\n'), lignesCsv, rejets };
}
