/** Running pre-2024 liberal contract against a new convention-2024 contract signed today. */
import { dateLongue, euros } from '../../format.ts';
import type { Comparaison } from './comparaison.ts';
import { frComparaison as t, frCal } from './messages.ts';

function Ligne({ libelle, actuel, nouveau }: { libelle: string; actuel: number; nouveau: number }) {
  const ecart = Math.round((nouveau - actuel) * 100) / 100;
  return (
    <tr>
      <th scope="row">{libelle}</th>
      <td className="nombre">{euros(actuel)}</td>
      <td className="nombre">{euros(nouveau)}</td>
      <td className="nombre">{ecart > 0 ? `+${euros(ecart)}` : euros(ecart)}</td>
    </tr>
  );
}

export function ComparaisonRegimes({
  comparaison: c,
  aujourdhui,
}: {
  comparaison: Comparaison;
  aujourdhui: string;
}) {
  const ecart = Math.round((c.totalNouveau - c.totalActuel) * 100) / 100;
  const statut = c.nouveau.eligibilite.statut;
  return (
    <section aria-labelledby="titre-comparaison" className="comparaison-regimes">
      <h2 id="titre-comparaison">{t.titre}</h2>
      <p>{t.intro(dateLongue(aujourdhui))}</p>
      <p className="aide">{t.hypotheses}</p>
      {statut === 'ineligible' || statut === 'incomplet' ? (
        <div className="notice">
          <p>{t.nouveauNonEligible(frCal.verdicts[statut])}</p>
          <ul>
            {c.nouveau.eligibilite.raisons
              .filter((r) => r.nature === statut)
              .map((r, i) => (
                <li key={`${r.code}-${i}`}>{r.message}</li>
              ))}
          </ul>
        </div>
      ) : null}
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-comparaison">
        <table className="comparaison">
          <caption id="caption-comparaison">{t.caption}</caption>
          <thead>
            <tr>
              {t.colonnes.map((col) => (
                <th key={col} scope="col">
                  {col}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.periodes.map((p) => (
              <Ligne
                key={p.debut}
                libelle={t.periode(dateLongue(p.debut), dateLongue(p.fin))}
                actuel={p.actuel}
                nouveau={p.nouveau}
              />
            ))}
          </tbody>
          <tfoot>
            <Ligne libelle={t.total} actuel={c.totalActuel} nouveau={c.totalNouveau} />
          </tfoot>
        </table>
      </div>
      <p>
        <strong>{ecart === 0 ? t.egalite : t.bilan(euros(Math.abs(ecart)), ecart > 0)}</strong>
      </p>
      {c.projectionCourte ? <p className="aide">{t.projectionCourte}</p> : null}
    </section>
  );
}
