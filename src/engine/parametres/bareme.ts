/**
 * One grid shape (model: OpenFisca scales): ordered steps, each a lower bound read from its own
 * dated parameter (with its sources) and the value the step gives; below the first step, `dessous`.
 * A bound unknown on a date (`null`) skips its step. GP percentile bands and centre tranches are
 * both baremes, placed by the one `placer`.
 */
import { valeurAu, type Parametre, type Provenance } from './types.ts';

export interface SeuilAu {
  valeur: number | null;
  /** `true`: strictly above the bound places in the step; `false`: at or above it. */
  strict: boolean;
  provenance: Provenance;
}

export interface Palier<V> {
  /** Label key of the bound in explanations (`seuil.p50`…). */
  label: string;
  seuil: (date: string) => SeuilAu;
  valeur: V;
}

export interface Bareme<V> {
  id: string;
  dessous: V;
  /** In increasing order of their bounds. */
  paliers: readonly Palier<V>[];
}

/** A bound read from a parameter of plain numbers (`null`: unknown on that date), reached at or above. */
export const seuilDe =
  (parametre: Parametre<number | null>) =>
  (date: string): SeuilAu => {
    const { valeur, provenance } = valeurAu(parametre, date);
    return { valeur, strict: false, provenance };
  };

export interface Placement<V> {
  valeur: V;
  /** Every step's bound on the date, in the bareme's order (what the measure was compared with). */
  seuils: readonly (SeuilAu & { label: string })[];
}

export function placer<V>(mesure: number, bareme: Bareme<V>, date: string): Placement<V> {
  const seuils = bareme.paliers.map((p) => ({ ...p.seuil(date), label: p.label }));
  let valeur = bareme.dessous;
  bareme.paliers.forEach((p, i) => {
    const s = seuils[i]!;
    if (s.valeur !== null && (s.strict ? mesure > s.valeur : mesure >= s.valeur)) valeur = p.valeur;
  });
  return { valeur, seuils };
}
