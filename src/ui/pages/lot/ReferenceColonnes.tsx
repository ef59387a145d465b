/**
 * Next to the upload: every column a file may have, its French header, what it holds and the
 * codes it accepts, generated from the field catalogue and the schema's enums
 * (src/fichiers/reference.ts), never a hand-written copy.
 */
import { useState } from 'react';
import { referenceColonnes } from '../../../fichiers/reference.ts';
import { txt } from './messages.ts';

const COLONNES = referenceColonnes();

export function ReferenceColonnes() {
  const t = txt.reference;
  // The table (a row per field) is built when opened only: the page stays light.
  const [ouvert, setOuvert] = useState(false);
  return (
    <details className="reference-colonnes" onToggle={(e) => setOuvert(e.currentTarget.open)}>
      <summary>{t.titre}</summary>
      <p>{t.intro}</p>
      {ouvert && (
        <div className="defilement">
          <table>
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colonne}</th>
                <th scope="col">{t.intitule}</th>
                <th scope="col">{t.contenu}</th>
                <th scope="col">{t.valeurs}</th>
                <th scope="col">{t.pour}</th>
              </tr>
            </thead>
            <tbody>
              {COLONNES.map((c) => (
                <tr key={c.nom}>
                  <th scope="row">
                    <code>{c.nom}</code>
                  </th>
                  <td>{c.intitule ?? t.aucun}</td>
                  <td>{c.type}</td>
                  <td>
                    {c.valeurs.length === 0
                      ? t.aucun
                      : c.valeurs.map((v, i) => (
                          <span key={v.code}>
                            {i > 0 && ', '}
                            <code>{v.code}</code>
                            {v.libelle && ` (${v.libelle})`}
                          </span>
                        ))}
                  </td>
                  <td>{c.structures}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
