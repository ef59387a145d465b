/** A case file computed under other rules, or whose amounts differ now: old vs new, year by year. */
import { VERSION_REGLES } from '../../../engine/saisie.ts';
import { euros } from '../../format.ts';
import type { EtatDossier } from '../../persistance/dossier.ts';
import type { Dossier } from '../../persistance/schema.ts';
import { frPageDossiers } from './messages.ts';

const T = frPageDossiers.ecart;
const montant = (m: number | null) => (m === null ? T.nonCalcule : euros(m));
const ecart = (a: number | null, b: number | null) =>
  a === null || b === null ? '—' : `${b - a > 0 ? '+' : ''}${euros(b - a)}`;

interface Props {
  dossier: Dossier;
  etat: EtatDossier;
  recalculer(): void;
}

export function Ecart({ dossier, etat, recalculer }: Props) {
  return (
    <div role="note" className="notice ecart">
      {etat.reglesChangees ? <p>{T.regles(dossier.versionRegles, VERSION_REGLES)}</p> : null}
      <p>{etat.montantsChanges ? T.montants : T.identiques}</p>
      {etat.montantsChanges ? (
        <div className="defilement" role="region" aria-label={T.tableau(dossier.nom)} tabIndex={0}>
          <table>
            <caption>{T.tableau(dossier.nom)}</caption>
            <thead>
              <tr>
                {T.colonnes.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {etat.lignes.map((l) => (
                <tr key={l.annee}>
                  <th scope="row">{T.annee(l.annee)}</th>
                  <td className="nombre">{montant(l.ancien)}</td>
                  <td className="nombre">{montant(l.nouveau)}</td>
                  <td className="nombre">{ecart(l.ancien, l.nouveau)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{T.total}</th>
                <td className="nombre">{montant(dossier.resultat.total)}</td>
                <td className="nombre">{montant(etat.nouveau.total)}</td>
                <td className="nombre">{ecart(dossier.resultat.total, etat.nouveau.total)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="button" onClick={recalculer}>
        {T.recalculer} <span className="sr-only">{frPageDossiers.liste.detail(dossier.nom)}</span>
      </button>
    </div>
  );
}
