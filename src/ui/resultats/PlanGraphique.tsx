/** The same figures as the plan table, as an SVG bar chart (role="img", titled and described). */
import type { Resultat } from '../../engine/simulation.ts';
import { euros } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import { montantLisible } from './montant.ts';

const LARGEUR = 640;
const HAUTEUR = 260;
const MARGE_HAUT = 28;
const MARGE_BAS = 32;

export function PlanGraphique({ resultat }: { resultat: Resultat }) {
  const annees = resultat.annees;
  if (annees.length === 0) return null;
  const statut = resultat.eligibilite.statut;
  const max = Math.max(
    1,
    ...annees.map((a) => a.montant ?? 0),
    ...annees.map((a) => a.plafond ?? 0),
  );
  const pas = LARGEUR / annees.length;
  const largeurBarre = Math.min(80, pas * 0.6);
  const utile = HAUTEUR - MARGE_HAUT - MARGE_BAS;
  const description = fr.plan.graphiqueDesc(
    annees.map((a) => `${fr.plan.annee(a.annee)} : ${montantLisible(a.montant, statut)}`),
  );
  return (
    <figure className="graphique">
      <svg
        viewBox={`0 0 ${LARGEUR} ${HAUTEUR}`}
        role="img"
        aria-labelledby="graphique-titre"
        aria-describedby="graphique-desc"
      >
        <title id="graphique-titre">{fr.plan.graphiqueTitre}</title>
        <desc id="graphique-desc">{description}</desc>
        <line
          x1="0"
          x2={LARGEUR}
          y1={HAUTEUR - MARGE_BAS}
          y2={HAUTEUR - MARGE_BAS}
          className="axe"
        />
        {annees.map((a, i) => {
          const x = i * pas + (pas - largeurBarre) / 2;
          const h = ((a.montant ?? 0) / max) * utile;
          const hPlafond = ((a.plafond ?? 0) / max) * utile;
          const y = HAUTEUR - MARGE_BAS - h;
          return (
            <g key={a.annee}>
              {a.plafond !== null && a.plafond > (a.montant ?? 0) ? (
                <rect
                  x={x}
                  y={HAUTEUR - MARGE_BAS - hPlafond}
                  width={largeurBarre}
                  height={hPlafond}
                  className="barre-plafond"
                />
              ) : null}
              <rect x={x} y={y} width={largeurBarre} height={h} className="barre" />
              <text
                x={x + largeurBarre / 2}
                y={Math.max(14, y - 8)}
                textAnchor="middle"
                className="etiquette-barre"
              >
                {a.montant === null ? '?' : euros(a.montant)}
              </text>
              <text
                x={x + largeurBarre / 2}
                y={HAUTEUR - 10}
                textAnchor="middle"
                className="etiquette-axe"
              >
                {fr.plan.annee(a.annee)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
