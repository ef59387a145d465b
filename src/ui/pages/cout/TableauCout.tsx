/**
 * Gross salary, employer contributions, reductions, employer cost, aid and remainder per contract
 * year, with the totals. Below 48rem each year becomes a block of labelled lines (cout.css), so a
 * phone shows every column without scrolling.
 */
import type { CoutNet } from '../../../engine/cout.ts';
import { euros } from '../../format.ts';
import { frCout } from './messages.ts';

const t = frCout.tableau;
const c = t.colonnes;

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
  return (
    <section aria-labelledby="titre-tableau-cout">
      <h2 id="titre-tableau-cout">{t.titre}</h2>
      <table className="tableau-cout">
        <caption id="caption-cout">{t.legende}</caption>
        <thead>
          <tr>
            {[
              c.annee,
              c.temps,
              c.salaire,
              c.cotisations,
              c.reductions,
              c.cout,
              c.aide,
              c.reste,
            ].map((x) => (
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
              <td data-libelle={c.temps}>
                {t.heures(a.heuresHebdomadaires)}
                <span className="precision">{t.etp(Math.round(a.etp * 100) / 100)}</span>
              </td>
              <td className="montant" data-libelle={c.salaire}>
                {euros(a.salaireBrutAnnuel)}
              </td>
              <td className="montant" data-libelle={c.cotisations}>
                {euros(a.cotisations)}
              </td>
              <td className="montant" data-libelle={c.reductions}>
                {a.reductions === 0 ? t.aucuneReduction : euros(-a.reductions)}
                {a.reductions === 0 ? null : (
                  <span className="precision">{t.chargesNettes(euros(a.charges))}</span>
                )}
              </td>
              <td className="montant" data-libelle={c.cout}>
                {euros(a.coutEmployeur)}
              </td>
              <td className="montant" data-libelle={c.aide}>
                {a.aide === null ? t.inconnu : euros(a.aide)}
              </td>
              <td className="montant" data-libelle={c.reste}>
                <Reste montant={a.resteACharge} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t.total}
            </th>
            <td className="montant" data-libelle={c.cout}>
              {euros(cout.totaux.coutEmployeur)}
            </td>
            <td className="montant" data-libelle={c.aide}>
              {cout.totaux.aide === null ? t.inconnu : euros(cout.totaux.aide)}
            </td>
            <td className="montant" data-libelle={c.reste}>
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
    </section>
  );
}
