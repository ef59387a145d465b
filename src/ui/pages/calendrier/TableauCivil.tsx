/**
 * Sums of the instalments per calendar year, with the total: every calendar year of the projection,
 * 0 € years included; a calendar year the projection covers only in part is marked and explained.
 */
import { versementsParAnneeCivile, type Versement } from '../../../engine/calendrier.ts';
import { euros } from '../../format.ts';
import { frCal } from './messages.ts';

interface Props {
  versements: readonly Versement[];
  /** Date of the first instalment not projected (projection.ts), and the last projected year. */
  finProjection: string;
  derniereAnnee: number;
}

export function TableauCivil({ versements, finProjection, derniereAnnee }: Props) {
  const lignes = versementsParAnneeCivile(versements, { finProjection });
  const total = lignes.reduce((s, l) => s + Math.round(l.montant * 100), 0) / 100;
  const nombre = lignes.reduce((s, l) => s + l.nombre, 0);
  const partielles = lignes.filter((l) => l.complete === false).map((l) => l.annee);
  return (
    <>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-civile">
        <table className="calendrier-civil">
          <caption id="caption-civile">{frCal.parCivile.caption}</caption>
          <thead>
            <tr>
              {frCal.parCivile.colonnes.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lignes.map((l) => (
              <tr key={l.annee}>
                <th scope="row">
                  {l.annee}
                  {l.complete === false ? ` (${frCal.parCivile.partielle})` : ''}
                </th>
                <td className="nombre">{l.nombre}</td>
                <td className="nombre">{euros(l.montant)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{frCal.parCivile.total}</th>
              <td className="nombre">{nombre}</td>
              <td className="nombre">{euros(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {partielles.length > 0 ? (
        <p className="notice">{frCal.parCivile.notePartielle(partielles, derniereAnnee)}</p>
      ) : null}
    </>
  );
}
