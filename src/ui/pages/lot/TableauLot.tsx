/**
 * The results table: sortable columns (a button in the header, `aria-sort` on the sorted one), a
 * bounded page of rows, scrolling inside its own focusable region on narrow screens.
 */
import { euros, nombre } from '../../format.ts';
import { txt } from './messages.ts';
import type { ColonneTri, Tri } from './tableau.ts';
import type { LigneLot } from './traitement.ts';

interface Props {
  lignes: readonly LigneLot[];
  caption: string;
  nbAnnees: number;
  tri: Tri;
  trier: (colonne: ColonneTri) => void;
}

function EnTete({
  colonne,
  libelle,
  tri,
  trier,
}: { colonne: ColonneTri; libelle: string } & Pick<Props, 'tri' | 'trier'>) {
  const actif = tri.colonne === colonne;
  return (
    <th
      scope="col"
      aria-sort={actif ? (tri.sens === 'croissant' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="tri" onClick={() => trier(colonne)}>
        {libelle}
        <span aria-hidden="true">{actif ? (tri.sens === 'croissant' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

const montant = (x: number | null | undefined) =>
  x === null || x === undefined ? txt.resultats.vide : euros(x);

function Motifs({ ligne }: { ligne: LigneLot }) {
  if (ligne.erreurs.length > 0) {
    return (
      <ul className="motifs erreurs-ligne">
        {ligne.erreurs.map((e, i) => {
          const prefixe = `${e.champ} : `;
          const message = e.message.startsWith(prefixe)
            ? e.message.slice(prefixe.length)
            : e.message;
          return (
            <li key={i}>
              <code>{e.champ}</code> : {message}
            </li>
          );
        })}
      </ul>
    );
  }
  if (ligne.raisons.length === 0) return <>{txt.resultats.vide}</>;
  return (
    <ul className="motifs">
      {ligne.raisons.map((r, i) => (
        <li key={`${r.code}-${i}`}>{r.message}</li>
      ))}
    </ul>
  );
}

function option(l: LigneLot): string {
  if (l.etpCentre !== null)
    return (l.structure === 'collectif' ? txt.etpCollectif : txt.etpCentre)(nombre(l.etpCentre));
  return l.option ? (txt.options[l.option] ?? l.option) : txt.resultats.vide;
}

export function TableauLot({ lignes, caption, nbAnnees, tri, trier }: Props) {
  const annees = Array.from({ length: nbAnnees }, (_, i) => i + 1);
  return (
    <div
      className="defilement tableau-lot"
      role="region"
      aria-labelledby="tableau-lot-titre"
      tabIndex={0}
    >
      <table>
        <caption id="tableau-lot-titre">{caption}</caption>
        <thead>
          <tr>
            <EnTete colonne="ligne" libelle={txt.colonnes.ligne} tri={tri} trier={trier} />
            <EnTete colonne="structure" libelle={txt.colonnes.structure} tri={tri} trier={trier} />
            <EnTete colonne="verdict" libelle={txt.colonnes.verdict} tri={tri} trier={trier} />
            <th scope="col">{txt.colonnes.raisons}</th>
            <EnTete colonne="option" libelle={txt.colonnes.option} tri={tri} trier={trier} />
            {annees.map((k) => (
              <EnTete
                key={k}
                colonne={`annee${k}`}
                libelle={txt.colonnes.annee(k)}
                tri={tri}
                trier={trier}
              />
            ))}
            <EnTete colonne="total" libelle={txt.colonnes.total} tri={tri} trier={trier} />
            <th scope="col">{txt.colonnes.lien}</th>
          </tr>
        </thead>
        <tbody>
          {/* Keyed by position: another page, sort or filter updates the rows in place (about a
              fifth less work than building 50 new rows); the controls doing it are outside. */}
          {lignes.map((l, i) => (
            <tr key={i} className={`verdict-${l.verdict}`}>
              <th scope="row">{l.ligne}</th>
              <td>{l.structure ? txt.structures[l.structure] : txt.resultats.vide}</td>
              <td>
                <span className={`pastille pastille-${l.verdict}`}>{txt.verdicts[l.verdict]}</span>
              </td>
              <td>
                <Motifs ligne={l} />
              </td>
              <td>{option(l)}</td>
              {annees.map((k) => (
                <td key={k} className="nombre">
                  {montant(l.montants[k - 1])}
                </td>
              ))}
              <td className="nombre">{montant(l.total)}</td>
              <td>
                <a href={l.lien} target="_blank" rel="noopener">
                  {txt.resultats.ouvrir}{' '}
                  <span className="sr-only">{txt.resultats.ouvrirLigne(l.ligne)}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
