/**
 * What the page shows of a whole batch besides its current page of rows, computed once where the
 * rows live (the worker): the counts per verdict, the number of yearly columns, and the summary
 * for the appointment list (aid of the eligible rows; rows to confirm and incomplete rows, each
 * with its title and reasons already written, so the page only renders them).
 */
import { compter, nombreAnnees } from './tableau.ts';
import { txt, type Verdict } from './messages.ts';
import type { LigneLot } from './traitement.ts';

/** One row of a summary list: « Ligne 5, Dr Martin » and its reasons, joined. */
export interface ElementSynthese {
  ligne: number;
  titre: string;
  raisons: string;
}

export interface GroupeSynthese {
  nombre: number;
  /** Aid of the rows of the group (rows without an amount count 0). */
  somme: number;
}

export interface SyntheseLot {
  eligibles: GroupeSynthese;
  aConfirmer: GroupeSynthese & { lignes: ElementSynthese[] };
  incomplets: GroupeSynthese & { lignes: ElementSynthese[] };
}

export interface ResumeLot {
  total: number;
  comptes: Record<Verdict, number>;
  nbAnnees: number;
  synthese: SyntheseLot;
}

function groupe(lignes: readonly LigneLot[], verdict: Verdict): GroupeSynthese {
  let nombre = 0;
  let somme = 0;
  for (const l of lignes)
    if (l.verdict === verdict) {
      nombre++;
      somme += l.total ?? 0;
    }
  return { nombre, somme };
}

function liste(lignes: readonly LigneLot[], verdict: Verdict): ElementSynthese[] {
  return lignes
    .filter((l) => l.verdict === verdict)
    .map((l) => ({
      ligne: l.ligne,
      titre: txt.synthese.ligne(l.ligne, l.reference),
      raisons: l.raisons.map((r) => r.message).join(' '),
    }));
}

export function synthetiser(lignes: readonly LigneLot[]): SyntheseLot {
  return {
    eligibles: groupe(lignes, 'eligible'),
    aConfirmer: { ...groupe(lignes, 'a-confirmer'), lignes: liste(lignes, 'a-confirmer') },
    incomplets: { ...groupe(lignes, 'incomplet'), lignes: liste(lignes, 'incomplet') },
  };
}

export function resumer(lignes: readonly LigneLot[]): ResumeLot {
  return {
    total: lignes.length,
    comptes: compter(lignes),
    nbAnnees: nombreAnnees(lignes),
    synthese: synthetiser(lignes),
  };
}
