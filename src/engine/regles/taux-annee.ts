/**
 * Payment rate of a contract year from the achievement r (RULES.md §5, §7.4, §7 bis.2), one step
 * function for every structure: the observation years are paid in full; year 3 in full from its
 * threshold, then an optional partial step (centres; liberal doctors under a strategy), else the
 * rate r under the rule's own label and interpretation; later years (or every year after the
 * observation when there is no year-3 step, collective contract) the rate r.
 */
import { fig, type Figure } from '../explication/figure.ts';
import type { Provenance } from '../parametres/types.ts';

export interface Annee3 {
  /** r at or above it: rate 1. */
  plein: number;
  /** From `seuil`, rate `taux` (RULES.md §7.4). */
  palier?: { seuil: number; taux: number; provenance: Provenance };
  /** Details of the year-3 figures: the threshold shown beside r (liberal doctors). */
  seuilDansDetails: boolean;
  /** Under every step the rate is r: its label, and the interpretation that says so, if any. */
  sousSeuil: { label: string; provenance?: Provenance };
}

export interface RegleTaux {
  anneesObservation: number;
  provenanceObservation: Provenance;
  annee3?: Annee3;
  /** Later years: the label of the prorata and the facts it shows. */
  prorata: { label: string; details: (r: number, annee: number) => NonNullable<Figure['details']> };
}

const prorataSimple = (r: number) => ({ atteinte: r });
export const PRORATA = { label: 'taux.prorata', details: prorataSimple };

export function tauxAnnee(annee: number, atteinte: Figure | null, regle: RegleTaux): Figure {
  const observation = () =>
    fig.parametre('taux.observation', 1, regle.provenanceObservation, 'taux');
  if (annee <= regle.anneesObservation) return observation();
  if (atteinte === null || atteinte.valeur === null) return fig.inconnu('taux');
  const r = atteinte.valeur;
  const a3 = regle.annee3;
  if (annee === 3 && a3) {
    const details: NonNullable<Figure['details']> = a3.seuilDansDetails
      ? { atteinte: r, seuil: a3.plein }
      : { atteinte: r };
    if (r >= a3.plein) return fig.bareme('taux.annee3', observation(), details, 'taux', [atteinte]);
    if (a3.palier && r >= a3.palier.seuil) {
      const palier = fig.parametre('taux.palier', a3.palier.taux, a3.palier.provenance, 'taux');
      return fig.bareme('taux.palier', palier, { atteinte: r }, 'taux', [atteinte]);
    }
    return fig.bareme(a3.sousSeuil.label, atteinte, details, 'taux', [], a3.sousSeuil.provenance);
  }
  return fig.bareme(regle.prorata.label, atteinte, regle.prorata.details(r, annee), 'taux');
}
