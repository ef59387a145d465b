/** Employer cost, aid and remainder per contract year, with the totals. */
import type { CoutNet } from '../../../engine/annexes.ts';
import { euros } from '../../format.ts';
import { frCout } from './messages.ts';

const t = frCout.tableau;

function Reste({ montant }: { montant: number | null }) {
  if (montant === null) return <>{t.inconnu}</>;
  if (montant >= 0) return <>{euros(montant)}</>;
  return (
    <>
      {euros(montant)}
      <span className="precision">{t.excedent}</span>
    </>
  );
}

export function TableauCout({ cout }: { cout: CoutNet }) {
  const c = t.colonnes;
  return (
    <section aria-labelledby="titre-tableau-cout">
      <h2 id="titre-tableau-cout">{t.titre}</h2>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-cout">
        <table className="tableau-cout">
          <caption id="caption-cout">{t.legende}</caption>
          <thead>
            <tr>
              {[c.annee, c.temps, c.salaire, c.charges, c.cout, c.aide, c.reste].map((x) => (
                <th key={x} scope="col">
                  {x}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cout.annees.map((a) => (
              <tr key={a.annee}>
                <th scope="row">
                  {t.annee(a.annee)}
                  <span className="precision">{t.debut(a.debut)}</span>
                </th>
                <td>
                  {t.heures(a.heuresHebdomadaires)}
                  <span className="precision">{t.etp(Math.round(a.etp * 100) / 100)}</span>
                </td>
                <td className="montant">{euros(a.salaireBrutAnnuel)}</td>
                <td className="montant">{euros(a.charges)}</td>
                <td className="montant">{euros(a.coutEmployeur)}</td>
                <td className="montant">{a.aide === null ? t.inconnu : euros(a.aide)}</td>
                <td className="montant">
                  <Reste montant={a.resteACharge} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t.total}
              </th>
              <td className="montant">{euros(cout.totaux.coutEmployeur)}</td>
              <td className="montant">
                {cout.totaux.aide === null ? t.inconnu : euros(cout.totaux.aide)}
              </td>
              <td className="montant">
                <Reste montant={cout.totaux.resteACharge} />
                {cout.totaux.resteACharge !== null && cout.totaux.resteACharge > 0 ? (
                  <span className="precision">
                    {t.parMois(euros(cout.totaux.resteACharge / (12 * cout.annees.length)))}
                  </span>
                ) : null}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
