import type { Figure } from '../../engine/simulation.ts';
import { euros, nombre, pourcent } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';

/** A figure's value in French, by its unit. */
export function valeurFigure(figure: Pick<Figure, 'valeur' | 'unite'>): string {
  const v = figure.valeur;
  if (v === null) return fr.explication.inconnu;
  switch (figure.unite) {
    case 'euro':
      return euros(v);
    case 'taux':
      return pourcent(v);
    case 'patients':
      return `${nombre(v)} patients`;
    case 'etp':
      return `${nombre(v)} ETP`;
    default:
      return nombre(v);
  }
}
