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

/**
 * A bareme's bounds on a date, read once: they depend only on the bareme and the date (a regime's
 * first day, a handful of values), and a batch places the same ones 100 000 times (issue 13).
 * Shared, so never changed by a caller.
 */
const seuilsLus = new WeakMap<Bareme<unknown>, Map<string, Placement<unknown>['seuils']>>();

function seuilsAu<V>(bareme: Bareme<V>, date: string): Placement<V>['seuils'] {
  let parDate = seuilsLus.get(bareme);
  if (parDate === undefined) seuilsLus.set(bareme, (parDate = new Map()));
  let seuils = parDate.get(date);
  if (seuils === undefined) {
    seuils = Object.freeze(
      bareme.paliers.map((p) => Object.freeze({ ...p.seuil(date), label: p.label })),
    );
    parDate.set(date, seuils);
  }
  return seuils;
}

export function placer<V>(mesure: number, bareme: Bareme<V>, date: string): Placement<V> {
  const seuils = seuilsAu(bareme, date);
  let valeur = bareme.dessous;
  bareme.paliers.forEach((p, i) => {
    const s = seuils[i]!;
    if (s.valeur !== null && (s.strict ? mesure > s.valeur : mesure >= s.valeur)) valeur = p.valeur;
  });
  return { valeur, seuils };
}
