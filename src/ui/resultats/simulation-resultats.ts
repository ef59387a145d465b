/** What the results screen reads from the simulation, and how it changes it (one object, not 17 props). */
import type { ErreurChamp, Situation } from '../../engine/saisie.ts';
import type { Reponses } from '../state/champs.ts';
import type { ModeAtteinte } from '../state/reducer.ts';

/** A missing field as the verdict names it: its label and the step that asks it. */
export interface ChampDecrit {
  champ: string;
  libelle: string;
  etape: string | undefined;
}

export interface SimulationResultats {
  situation: Situation | null;
  reponses: Reponses;
  erreurs: readonly ErreurChamp[];
  modeAtteinte: ModeAtteinte;
  /** Whether the objective in doctor patients can be typed (the engine says it matters). */
  saisirObjectifMt: boolean;
  /** The full address of these results, to share. */
  lienPartage: string;
  decrireChamp(champ: string): ChampDecrit;
  /** The address of a step (for « Modifier » links). */
  lien(etape: string): string;
  aller(etape: string): void;
  repondre(cle: string, valeur: string): void;
  appliquer(changements: Record<string, string>): void;
  changerMode(mode: ModeAtteinte): void;
}
