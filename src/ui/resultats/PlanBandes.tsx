/**
 * The plan of each group of percentile bands, side by side, for a doctor who does not know his band
 * (the CPAM states it). Below P30 is not shown: not eligible unless exempted, as the text says.
 */
import type { Bande } from '../../engine/saisie.ts';
import { frInconnues } from '../messages/fr-inconnues.ts';
import { fr } from '../messages/fr-resultats.ts';
import type { PlanBande } from '../state/incertitudes.ts';
import { montantLisible } from './montant.ts';

function bornes(bande: Bande): [string, string | null] {
  if (bande.startsWith('>=')) return [bande.slice(2), null];
  const [bas = bande, haut = null] = bande.split('-');
  return [bas, haut];
}

export function libelleGroupe(bandes: readonly Bande[]): string {
  const [bas] = bornes(bandes[0] ?? 'P30-P50');
  const [, haut] = bornes(bandes.at(-1) ?? 'P30-P50');
  return frInconnues.bandes.groupe(bas, haut);
}

interface Props {
  plans: readonly PlanBande[];
  lienBande: { href: string; aller(): void } | null;
}

export function PlanBandes({ plans, lienBande }: Props) {
  const t = frInconnues.bandes;
  const n = plans[0]?.resultat.annees.length ?? 0;
  return (
    <div className="plan-bandes">
      <h4>{t.titre}</h4>
      <p>{t.intro}</p>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-bandes">
        <table className="plan">
          <caption id="caption-bandes">{t.caption(n)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.annee}</th>
              {plans.map((p) => (
                <th key={p.bandes.join()} scope="col">
                  {libelleGroupe(p.bandes)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: n }, (_, i) => (
              <tr key={i}>
                <th scope="row">{fr.plan.annee(i + 1)}</th>
                {plans.map((p) => (
                  <td key={p.bandes.join()} className="nombre">
                    {montantLisible(
                      p.resultat.annees[i]?.montant ?? null,
                      p.resultat.eligibilite.statut,
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{fr.plan.total}</th>
              {plans.map((p) => (
                <td key={p.bandes.join()} className="nombre">
                  <strong>{montantLisible(p.resultat.total, p.resultat.eligibilite.statut)}</strong>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p>{t.sousP30}</p>
      {lienBande ? (
        <p>
          <a
            href={lienBande.href}
            onClick={(e) => {
              e.preventDefault();
              lienBande.aller();
            }}
          >
            {t.indiquer}
          </a>
        </p>
      ) : null}
    </div>
  );
}
