/**
 * Results → output text, in chunks (100,000 results make tens of megabytes).
 * JSON: an array of the engine's results, each with its `index`; CSV: one flat row per situation.
 */
import { stringify } from 'csv-stringify/sync';
import type { Objectif, Resultat } from '../engine/index.ts';

export interface Simulation {
  /** Position of the situation in the input, from 1. */
  index: number;
  resultat: Resultat;
}

export interface OptionsSortie {
  explications: boolean;
  compact: boolean;
}

const TAILLE_MORCEAU = 2000;
const separateur = ',\n';

/** The result without its explanation trees (they are big), everything else kept. */
const objectifSeul = ({ explications: _explications, ...objectif }: Objectif) => objectif;

function sansExplications(resultat: Resultat): unknown {
  return {
    ...resultat,
    objectif: objectifSeul(resultat.objectif),
    annees: resultat.annees.map(({ explication: _explication, ...annee }) => annee),
  };
}

export function* morceauxJson(
  simulations: readonly Simulation[],
  options: OptionsSortie,
): Generator<string> {
  const indentation = options.compact ? undefined : 2;
  let morceau: string[] = [];
  yield '[\n';
  for (let i = 0; i < simulations.length; i++) {
    const { index, resultat } = simulations[i] as Simulation;
    const corps = options.explications ? resultat : sansExplications(resultat);
    let texte = JSON.stringify({ index, ...(corps as object) }, null, indentation);
    if (indentation) texte = '  ' + texte.replaceAll('\n', '\n  ');
    morceau.push(texte);
    if (morceau.length === TAILLE_MORCEAU) {
      yield morceau.join(separateur) + (i < simulations.length - 1 ? separateur : '');
      morceau = [];
    }
  }
  if (morceau.length > 0) yield morceau.join(separateur);
  yield '\n]\n';
}

const centimes = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;

export function* morceauxCsv(simulations: readonly Simulation[]): Generator<string> {
  const nbAnnees = simulations.reduce((max, s) => Math.max(max, s.resultat.annees.length), 0);
  const colonnes = [
    'index',
    'statut',
    'regime',
    'option',
    'raisons',
    'manquants',
    'objectif.mt',
    'objectif.fileActive',
    'total',
    ...Array.from({ length: nbAnnees }, (_, i) => `annee${i + 1}`),
  ];
  for (let debut = 0; debut < simulations.length || debut === 0; debut += TAILLE_MORCEAU) {
    const lignes = simulations
      .slice(debut, debut + TAILLE_MORCEAU)
      .map(({ index, resultat: r }) => [
        index,
        r.eligibilite.statut,
        r.regime,
        r.option,
        r.eligibilite.raisons.map((raison) => raison.code).join(';'),
        r.eligibilite.manquants.join(';'),
        r.objectif.mt,
        r.objectif.fileActive,
        centimes(r.total),
        ...r.annees.map((annee) => centimes(annee.montant)),
      ]);
    yield stringify(lignes, debut === 0 ? { header: true, columns: colonnes } : {});
  }
}
