import type { Figure } from '../../engine/simulation.ts';
import { FigureVue } from './figures.tsx';

/** "Comment est calculé ce montant ?": a disclosure holding the engine's explanation tree. */
export function Explication({ figure, resume }: { figure: Figure; resume: string }) {
  return (
    <details className="explication">
      <summary>{resume}</summary>
      <div className="arbre">
        <FigureVue figure={figure} />
      </div>
    </details>
  );
}
