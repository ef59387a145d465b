/**
 * Validates a slice of raw situations, runs the engine on the valid ones, and writes their output
 * as bytes (traiterLotOctets); traiterLot gives the same slice as text.
 */
import { simuler, validerSituation, type Resultat } from '../engine/index.ts';
import { calendrierSortie, lignesCsvCalendrier } from './calendrier.ts';
import { coutSortie, lignesCsvCout } from './cout.ts';
import { Ecrivain } from './ecrivain.ts';
import type { Source } from './entree.ts';
import {
  ecrireResultatJson,
  enLignesCsv,
  enteteCsv,
  ligneCsvDefaut,
  type OptionsSortie,
} from './format-output.ts';

/** What every slice returns besides its output. */
interface LotCommun {
  numero: number;
  /** Invalid situations: position (from 0) and the French messages on one line. */
  rejets: { position: number; message: string }[];
  /** Format `tableau`: what the results table keeps of each valid situation. */
  resultats?: ResumeResultat[];
}

export interface Lot extends LotCommun {
  /** JSON results of the slice joined by `,\n` (empty when none). */
  json: string;
  /** CSV rows of the slice, each ending with its line end (empty when none). */
  csv: string;
}

export interface LotOctets extends LotCommun {
  /**
   * The slice's output in UTF-8, in a buffer of its own (transferable): JSON results joined by
   * `,\n`, or CSV rows each with its line end; empty for `tableau` or when none is valid.
   */
  octets: Uint8Array;
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

const resume = (position: number, resultat: Resultat): ResumeResultat => ({
  position,
  statut: resultat.eligibilite.statut,
  raisons: resultat.eligibilite.raisons.map((r) => r.message),
  regime: resultat.regime,
  option: resultat.option,
  objectif: { mt: resultat.objectif.mt, fileActive: resultat.objectif.fileActive },
  montants: resultat.annees.map((a) => a.montant),
  total: resultat.total,
});

/** The output of one slice, situation after situation, into the writer `e`. */
class Sortie {
  private readonly largeur: number;
  private premier = true;
  readonly rejets: LotOctets['rejets'] = [];
  private readonly resultats: ResumeResultat[] = [];

  constructor(
    private readonly options: OptionsSortie,
    private readonly e: Ecrivain,
  ) {
    this.largeur = largeurCsv(options);
  }

  /** `position`: the situation's, from 0, in the whole input. */
  ajouter(valeur: unknown, position: number): void {
    const { options, e } = this;
    const validation = validerSituation(valeur);
    if (!validation.ok) {
      const message = uneLigne(validation.erreurs.map((e) => e.message).join(' ; '));
      this.rejets.push({ position, message });
      return;
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
    if (options.format === 'tableau') this.resultats.push(resume(position, resultat));
    else if (options.format === 'json') {
      if (!this.premier) e.texte(',\n');
      this.premier = false;
      ecrireResultatJson(e, position + 1, resultat, options, { calendrier, cout });
    } else if (calendrier) {
      e.texte(enLignesCsv(lignesCsvCalendrier(position + 1, calendrier), resultat.reference));
    } else if (cout) e.texte(enLignesCsv(lignesCsvCout(position + 1, cout), resultat.reference));
    else e.texte(ligneCsvDefaut(position + 1, resultat, this.largeur));
  }

  lot(numero: number): LotOctets {
    const { rejets, resultats } = this;
    const tableau = this.options.format === 'tableau';
    return { numero, octets: this.e.prendre(), rejets, ...(tableau ? { resultats } : {}) };
  }
}

/**
 * `debut`: position (from 0) of the slice's first situation in the whole input; `e`: a writer to
 * reuse from one slice to the next (its buffer keeps its size).
 */
export function traiterLotOctets(
  numero: number,
  valeurs: readonly unknown[],
  debut: number,
  options: OptionsSortie,
  e: Ecrivain = new Ecrivain(),
): LotOctets {
  const sortie = new Sortie(options, e);
  for (let i = 0; i < valeurs.length; i++) sortie.ajouter(valeurs[i], debut + i);
  return sortie.lot(numero);
}

/**
 * Situations read from the source per this many: the rows of a big CSV, typed on demand, die
 * young instead of being promoted by the collector with the whole slice (peak memory 5 % lower).
 */
const LECTURE = 100;

/** Situations `debut` to `fin` (excluded) of `entrees`, as traiterLotOctets. */
export function traiterTranche(
  numero: number,
  entrees: Source,
  debut: number,
  fin: number,
  options: OptionsSortie,
  e: Ecrivain,
): LotOctets {
  const sortie = new Sortie(options, e);
  for (let a = debut; a < fin; a += LECTURE) {
    const valeurs = entrees.tranche(a, Math.min(fin, a + LECTURE));
    for (let i = 0; i < valeurs.length; i++) sortie.ajouter(valeurs[i], a + i);
  }
  return sortie.lot(numero);
}

/** The same slice, its output as text (`json` or `csv` after the format). */
export function traiterLot(
  numero: number,
  valeurs: readonly unknown[],
  debut: number,
  options: OptionsSortie,
): Lot {
  const { octets, ...lot } = traiterLotOctets(numero, valeurs, debut, options);
  const texte = Buffer.from(octets.buffer, octets.byteOffset, octets.length).toString('utf8');
  return {
    ...lot,
    json: options.format === 'json' ? texte : '',
    csv: options.format === 'csv' ? texte : '',
  };
}
