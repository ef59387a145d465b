/** The social model's contributions and reductions of the first contract year, line by line. */
import type { CoutNet } from '../../../engine/cout.ts';
import { euros } from '../../format.ts';
import { frCout } from './messages.ts';

const t = frCout.tableau;

export function DetailCotisations({ cout }: { cout: CoutNet }) {
  const a = cout.annees[0];
  if (!a || a.detail.cotisations.length === 0) return null;
  const lignes = [
    ...a.detail.cotisations.map((l) => [t.codes[l.code] ?? l.code, euros(l.montant)]),
    [t.totalCotisations, euros(a.cotisations)],
    ...a.detail.reductions.map((l) => [t.codes[l.code] ?? l.code, euros(-l.montant)]),
    [t.totalReductions, euros(-a.reductions)],
  ];
  return (
    <details className="detail-cotisations">
      <summary>{t.detail(a.annee)}</summary>
      <table>
        <caption className="sr-only">{t.detail(a.annee)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ligne}</th>
            <th scope="col">{t.montantAnnuel}</th>
          </tr>
        </thead>
        <tbody>
          {lignes.map(([libelle, montant]) => (
            <tr key={libelle}>
              <th scope="row">{libelle}</th>
              <td className="montant">{montant}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
