/** Sums of the instalments per calendar year, with the total. */
import { versementsParAnneeCivile, type Versement } from '../../../engine/annexes.ts';
import { euros } from '../../format.ts';
import { frCal } from './messages.ts';

export function TableauCivil({ versements }: { versements: readonly Versement[] }) {
  const lignes = versementsParAnneeCivile(versements);
  const total = lignes.reduce((s, l) => s + Math.round(l.montant * 100), 0) / 100;
  const nombre = lignes.reduce((s, l) => s + l.nombre, 0);
  return (
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
              <th scope="row">{l.annee}</th>
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
  );
}
