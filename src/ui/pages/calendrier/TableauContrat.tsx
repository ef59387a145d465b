/** Instalments grouped by contract year; each year's heading carries the engine's amount and regime. */
import type { Resultat } from '../../../engine/simulation.ts';
import type { Versement } from '../../../engine/calendrier.ts';
import { dateLongue, euros } from '../../format.ts';
import { frCal } from './messages.ts';

export function TableauContrat({
  resultat,
  versements,
}: {
  resultat: Resultat;
  versements: readonly Versement[];
}) {
  const centre = resultat.structure === 'centre';
  const colonnes = centre
    ? [
        frCal.parContrat.colonnes[0],
        frCal.parContrat.colonneRecrutement,
        ...frCal.parContrat.colonnes.slice(1),
      ]
    : frCal.parContrat.colonnes;
  const annees = resultat.annees.filter((a) => versements.some((v) => v.annee === a.annee));
  return (
    <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-contrat">
      <table className="calendrier">
        <caption id="caption-contrat">{frCal.parContrat.caption}</caption>
        <thead>
          <tr>
            {colonnes.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {annees.map((a) => {
          const revalorise = a.regime !== null && a.regime !== resultat.regime;
          return (
            <tbody key={a.annee}>
              <tr className="annee-contrat">
                <th scope="rowgroup" colSpan={colonnes.length}>
                  {frCal.parContrat.annee(a.annee, dateLongue(a.debut), euros(a.montant ?? 0))}
                  {revalorise && a.regime
                    ? frCal.parContrat.revalorise(frCal.regimesCourts[a.regime] ?? a.regime)
                    : null}
                </th>
              </tr>
              {versements
                .filter((v) => v.annee === a.annee)
                .map((v, i) => (
                  <tr key={`${v.date}-${v.portion ?? 0}-${i}`}>
                    <th scope="row" className="date">
                      {dateLongue(v.date)}
                    </th>
                    {centre ? (
                      <td>
                        {frCal.parContrat.recrutement(v.portion ?? 1, v.anneePortion ?? a.annee)}
                      </td>
                    ) : null}
                    <td>{frCal.nature(v.nature, v.part)}</td>
                    <td className="nombre">{euros(v.montant)}</td>
                    <td className="remarque">
                      {v.indicatif ? <strong>{frCal.parContrat.indicatif} </strong> : null}
                      {v.note}
                    </td>
                  </tr>
                ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
