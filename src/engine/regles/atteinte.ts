/**
 * Achievement of an objective (RULES.md §5, §8.1): r = realised increase / objective increase,
 * clamped to [0, 1]; a "maintain" objective (0) gives 1 if the patientèle did not drop, else
 * final / initial; indicators combine by the named strategy (the more favourable by default).
 * Achievement of contract year k comes from entry k−1 (end of year k).
 */
import { fig, type Figure } from '../explication/figure.ts';
import type { Strategies } from '../strategies.ts';

export type Indicateur = 'mt' | 'fileActive';

export interface MesureIndicateur {
  indicateur: Indicateur;
  /** Patients to add; `null` when no objective is known. */
  objectif: number | null;
  /** Cumulative realised increase at the end of the year; `undefined` when not given. */
  realise: number | undefined;
  initial: number | null;
}

/** `manqueObjectif`: realised patients are given but no objective can measure them (RULES.md §8.1). */
export type AtteinteCalculee = { figure: Figure } | { manqueObjectif: true };

export function atteinteSaisie(valeur: number | undefined): Figure {
  if (valeur === undefined) return fig.parametreDefaut();
  return fig.plafonnement('atteinte.saisie', fig.saisie('atteinte', valeur, 'taux'));
}

function atteinteIndicateur(m: MesureIndicateur, strategies: Strategies): Figure | null {
  if (m.objectif === null || m.realise === undefined) return null;
  const realise = fig.saisie('realise', m.realise, 'patients');
  if (m.objectif > 0) {
    return fig.plafonnement(
      `atteinte.${m.indicateur}`,
      fig.quotient('atteinte', realise, fig.saisie('objectif', m.objectif, 'patients')),
    );
  }
  if (m.realise >= 0)
    return fig.bareme(
      `atteinte.${m.indicateur}`,
      fig.saisie('atteinte', 1, 'taux'),
      { maintien: true },
      'taux',
    );
  if (strategies.maintienNonTenu === 'zero')
    return fig.bareme(
      `atteinte.${m.indicateur}`,
      fig.saisie('atteinte', 0, 'taux'),
      { maintien: false },
      'taux',
    );
  if (m.initial === null || m.initial <= 0) return null;
  const initial = fig.saisie('initial', m.initial, 'patients');
  const final = fig.somme('maintien.final', [initial, realise], 'patients');
  return fig.plafonnement(
    `atteinte.${m.indicateur}`,
    fig.quotient('maintien.final', final, initial),
  );
}

export function combiner(figures: Figure[], strategies: Strategies): Figure {
  if (figures.length === 1) return figures[0]!;
  switch (strategies.combinaisonIndicateurs) {
    case 'moyenne':
      return fig.quotient(
        'atteinte.combinee',
        fig.somme('atteinte', figures),
        fig.saisie('nombre', figures.length),
      );
    case 'plus-defavorable':
      return fig.minimum('atteinte.combinee', figures, 'taux');
    default:
      return fig.maximum('atteinte.combinee', figures, 'taux');
  }
}

/** Achievement from a year's realised patients: no objective at all → unknown; nothing measurable → 1. */
export function atteinteRealisee(
  mesures: MesureIndicateur[],
  strategies: Strategies,
): AtteinteCalculee {
  const figures = mesures
    .map((m) => atteinteIndicateur(m, strategies))
    .filter((f): f is Figure => f !== null);
  if (figures.length > 0) return { figure: combiner(figures, strategies) };
  if (mesures.every((m) => m.objectif === null)) return { manqueObjectif: true };
  return { figure: fig.parametreDefaut() };
}
