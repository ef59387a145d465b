/**
 * The yearly plan as a table (the text equivalent of the bar chart), each amount with its explanation.
 * The amount comes right after the year: on a phone it is in view without scrolling the table.
 */
import type { Resultat } from '../../engine/simulation.ts';
import { Explication } from '../explication/Explication.tsx';
import { dateLongue, euros, pourcent } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import { montantLisible } from './montant.ts';

export function PlanTableau({ resultat }: { resultat: Resultat }) {
  const statut = resultat.eligibilite.statut;
  const n = resultat.annees.length;
  return (
    <>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-plan">
        <table className="plan">
          <caption id="caption-plan">{fr.plan.caption(n)}</caption>
          <thead>
            <tr>
              {fr.plan.colonnes.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {resultat.annees.map((a) => (
              <tr key={a.annee}>
                <th scope="row">{fr.plan.annee(a.annee)}</th>
                <td className="nombre">{montantLisible(a.montant, statut)}</td>
                <td className="nombre">{a.taux === null ? '—' : pourcent(a.taux)}</td>
                <td className="nombre">{a.plafond === null ? '—' : euros(a.plafond)}</td>
                <td className="date">{dateLongue(a.debut)}</td>
                <td>{a.regime ? (fr.regimesCourts[a.regime] ?? a.regime) : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{fr.plan.total}</th>
              <td className="nombre">
                <strong>{montantLisible(resultat.total, statut)}</strong>
              </td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      {n > 5 ? <p className="aide">{fr.plan.projection}</p> : null}
      <div className="explications-plan">
        {resultat.annees.map((a) =>
          a.explication ? (
            <Explication
              key={a.annee}
              figure={a.explication}
              resume={`${fr.explication.resume} (${fr.plan.annee(a.annee).toLowerCase()} : ${montantLisible(a.montant, statut)})`}
            />
          ) : null,
        )}
      </div>
    </>
  );
}
