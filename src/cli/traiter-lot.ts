/** Validates a slice of raw situations, runs the engine on the valid ones, formats the results. */
import { simuler, validerSituation, type Resultat } from '../engine/index.ts';
import { calendrierSortie, lignesCsvCalendrier } from './calendrier.ts';
import { coutSortie, lignesCsvCout } from './cout.ts';
import {
  enLignesCsv,
  enteteCsv,
  ligneCsv,
  resultatJson,
  type Cellule,
  type OptionsSortie,
} from './format-output.ts';

export interface Lot {
  numero: number;
  /** JSON results of the slice joined by `,\n` (empty when none). */
  json: string;
  /** CSV rows of the slice, each ending with its line end (empty when none). */
  csv: string;
  /** Invalid situations: position (from 0) and the French messages on one line. */
  rejets: { position: number; message: string }[];
  /** Format `tableau`: what the results table keeps of each valid situation. */
  resultats?: ResumeResultat[];
}

export interface ResumeResultat {
  position: number;
  statut: Resultat['eligibilite']['statut'];
  raisons: string[];
  regime: string | null;
  option: string | null;
  objectif: { mt: number | null; fileActive: number | null };
  montants: (number | null)[];
  total: number | null;
}

/** An engine failure (a bug, never a user error), located on its input. */
export class ErreurMoteur extends Error {
  override name = 'ErreurMoteur';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const uneLigne = (texte: string): string => texte.replace(/\s*[\r\n]+\s*/g, ' ');

/** Width of the default CSV rows: its header's (shorter contracts get empty cells). */
const largeurCsv = (options: OptionsSortie): number =>
  options.anneesCsv === undefined ? 0 : enteteCsv(options.anneesCsv).length;

/** `debut`: position (from 0) of the slice's first situation in the whole input. */
export function traiterLot(
  numero: number,
  valeurs: readonly unknown[],
  debut: number,
  options: OptionsSortie,
): Lot {
  const json: string[] = [];
  let csv = '';
  const largeur = largeurCsv(options);
  const rejets: Lot['rejets'] = [];
  const resultats: ResumeResultat[] = [];
  for (let i = 0; i < valeurs.length; i++) {
    const position = debut + i;
    const validation = validerSituation(valeurs[i]);
    if (!validation.ok) {
      rejets.push({
        position,
        message: uneLigne(validation.erreurs.map((e) => e.message).join(' ; ')),
      });
      continue;
    }
    let resultat;
    try {
      resultat = simuler(validation.situation);
    } catch (erreur) {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      throw new ErreurMoteur(message, position);
    }
    const calendrier = options.calendrier
      ? calendrierSortie(validation.situation, resultat, options.dateRecrutement)
      : undefined;
    const cout = options.cout ? coutSortie(resultat, options.cout) : undefined;
    if (options.format === 'tableau') {
      resultats.push({
        position,
        statut: resultat.eligibilite.statut,
        raisons: resultat.eligibilite.raisons.map((r) => r.message),
        regime: resultat.regime,
        option: resultat.option,
        objectif: { mt: resultat.objectif.mt, fileActive: resultat.objectif.fileActive },
        montants: resultat.annees.map((a) => a.montant),
        total: resultat.total,
      });
      continue;
    }
    if (options.format === 'json') {
      json.push(resultatJson(position + 1, resultat, options, { calendrier, cout }));
      continue;
    }
    let lignes: Cellule[][];
    if (calendrier) lignes = lignesCsvCalendrier(position + 1, calendrier);
    else if (cout) lignes = lignesCsvCout(position + 1, cout);
    else lignes = [ligneCsv(position + 1, resultat)];
    csv += enLignesCsv(lignes, resultat.reference, largeur);
  }
  return {
    numero,
    json: json.join(',\n'),
    csv,
    rejets,
    ...(options.format === 'tableau' ? { resultats } : {}),
  };
}
