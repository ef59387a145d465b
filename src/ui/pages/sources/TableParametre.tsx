/** One parameter: its value history, period by period, with confidence tags and sources. */
import { SOURCES } from '../../../engine/catalogue.ts';
import { type Parametre } from '../../../engine/simulation.ts';
import { dateLongue } from '../../format.ts';
import { fr } from '../../messages/fr-resultats.ts';
import { frSources } from './messages.ts';
import { periode } from './periode.ts';
import { Valeur } from './Valeur.tsx';

export function TableParametre({ parametre }: { parametre: Parametre<unknown> }) {
  const id = `parametre-${parametre.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section className="parametre" aria-labelledby={id}>
      <h3 id={id}>{parametre.libelle}</h3>
      <p className="parametre-meta">
        {frSources.tableau.identifiant} : <code>{parametre.id}</code> —{' '}
        {frSources.tableau.verifie(dateLongue(parametre.verifieLe))}
      </p>
      <div className="defilement" role="region" aria-labelledby={id} tabIndex={0}>
        <table>
          <caption className="sr-only">{parametre.libelle}</caption>
          <thead>
            <tr>
              {frSources.tableau.colonnes.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parametre.valeurs.map((v) => (
              <tr key={v.depuis}>
                <th scope="row">{periode(v.depuis, v.jusqua)}</th>
                <td>
                  <Valeur parametre={parametre.id} valeur={v.valeur} />
                </td>
                <td>
                  {v.confiance.map((c) => (
                    <span key={c} className={`etiquette etiquette-${c}`}>
                      {fr.confiance[c] ?? c}{' '}
                    </span>
                  ))}
                </td>
                <td>
                  <ul className="valeur-liste">
                    {v.sources.map((s) => (
                      <li key={s}>
                        <a href={`#source-${s}`}>{SOURCES[s]?.titre ?? s}</a>{' '}
                      </li>
                    ))}
                  </ul>
                  {v.note ? <p className="note-valeur">{v.note}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
