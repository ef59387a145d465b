/**
 * Every computed number explains itself: a small typed tree whose constructors compute the value
 * from their inputs, so a figure and its explanation cannot drift apart.
 */
import type { Provenance } from '../parametres/types.ts';

export type FigureKind =
  | 'parametre'
  | 'saisie'
  | 'defaut'
  | 'produit'
  | 'somme'
  | 'difference'
  | 'quotient'
  | 'minimum'
  | 'maximum'
  | 'plancher'
  | 'plafondEntier'
  | 'plafonnement'
  | 'arrondi'
  | 'bareme'
  | 'inconnu';

export interface Figure {
  kind: FigureKind;
  /** Label key in the message catalogue (engine/messages.ts, `libelles`). */
  label: string;
  valeur: number | null;
  /** Unit for display. */
  unite?: 'euro' | 'taux' | 'patients' | 'etp';
  termes?: Figure[];
  provenance?: Provenance;
  /** Small facts that explain a choice (e.g. the band, the rule applied). */
  details?: Record<string, string | number | boolean | null>;
}

type Unite = Figure['unite'];

const multiplier = (v: number[]): number => v.reduce((a, b) => a * b, 1);
const additionner = (v: number[]): number => v.reduce((a, b) => a + b, 0);

const arrondiCentimes = (v: number): number => Math.round((v + Number.EPSILON) * 100) / 100;

function combiner(
  kind: FigureKind,
  label: string,
  termes: Figure[],
  calcul: (valeurs: number[]) => number,
  unite?: Unite,
): Figure {
  const valeurs: number[] = [];
  for (const t of termes) {
    if (t.valeur === null) return { kind, label, valeur: null, termes, unite };
    valeurs.push(t.valeur);
  }
  return { kind, label, valeur: calcul(valeurs), termes, unite };
}

export const fig = {
  parametre(label: string, valeur: number, provenance: Provenance, unite?: Unite): Figure {
    return { kind: 'parametre', label, valeur, provenance, unite };
  },
  /** A year without achievement data counts as fully achieved (RULES.md §8.1). */
  parametreDefaut(): Figure {
    return { kind: 'defaut', label: 'atteinte.defaut', valeur: 1, unite: 'taux' };
  },
  saisie(label: string, valeur: number | null, unite?: Unite): Figure {
    return { kind: 'saisie', label, valeur, unite };
  },
  inconnu(label: string, details?: Figure['details']): Figure {
    return { kind: 'inconnu', label, valeur: null, ...(details ? { details } : {}) };
  },
  produit(label: string, termes: Figure[], unite?: Unite): Figure {
    return combiner('produit', label, termes, multiplier, unite);
  },
  somme(label: string, termes: Figure[], unite?: Unite): Figure {
    return combiner('somme', label, termes, additionner, unite);
  },
  difference(label: string, a: Figure, b: Figure, unite?: Unite): Figure {
    return combiner('difference', label, [a, b], ([x, y]) => x! - y!, unite);
  },
  quotient(label: string, a: Figure, b: Figure, unite?: Unite): Figure {
    return combiner('quotient', label, [a, b], ([x, y]) => x! / y!, unite);
  },
  minimum(label: string, termes: Figure[], unite?: Unite): Figure {
    return combiner('minimum', label, termes, (v) => Math.min(...v), unite);
  },
  maximum(label: string, termes: Figure[], unite?: Unite): Figure {
    return combiner('maximum', label, termes, (v) => Math.max(...v), unite);
  },
  /** Whole patients: floor, robust to binary noise (1,150 × 0.05 = 57.5 → 57; 700 × 0.15 → 105). */
  plancher(label: string, terme: Figure, unite?: Unite): Figure {
    return combiner('plancher', label, [terme], ([x]) => Math.floor(x! + 1e-9) + 0, unite);
  },
  /** Whole patients, rounded up (new centres: reach the P50); `+ 0` turns ceil's -0 into 0. */
  plafondEntier(label: string, terme: Figure, unite?: Unite): Figure {
    return combiner('plafondEntier', label, [terme], ([x]) => Math.ceil(x! - 1e-9) + 0, unite);
  },
  /** Clamp to [0, 1] (an achievement above the objective counts as 1). */
  plafonnement(label: string, terme: Figure): Figure {
    return combiner('plafonnement', label, [terme], ([x]) => Math.min(1, Math.max(0, x!)), 'taux');
  },
  /** Euros rounded to the cent, half up. */
  arrondi(label: string, terme: Figure): Figure {
    return combiner('arrondi', label, [terme], ([x]) => arrondiCentimes(x!), 'euro');
  },
  /**
   * A value chosen from a scale (band, tranche, year of contract): the choice is in `details`;
   * `provenance` when the choice itself rests on a source or an interpretation.
   */
  bareme(
    label: string,
    choisi: Figure,
    details: NonNullable<Figure['details']>,
    unite?: Unite,
    decideurs: Figure[] = [],
    provenance?: Provenance,
  ): Figure {
    return {
      kind: 'bareme',
      label,
      valeur: choisi.valeur,
      termes: [choisi, ...decideurs],
      details,
      unite,
      ...(provenance ? { provenance } : {}),
    };
  },
};

export { arrondiCentimes };
