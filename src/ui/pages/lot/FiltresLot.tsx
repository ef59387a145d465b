/** Filters: verdict, structure, free text. */
import { txt, VERDICTS, type Structure, type Verdict } from './messages.ts';
import type { Filtres } from './tableau.ts';

interface Props {
  filtres: Filtres;
  changer: (f: Filtres) => void;
}

export function FiltresLot({ filtres, changer }: Props) {
  return (
    <fieldset className="filtres">
      <legend>{txt.resultats.filtres}</legend>
      <div className="champ">
        <label htmlFor="filtre-verdict">{txt.resultats.verdict}</label>
        <select
          id="filtre-verdict"
          value={filtres.verdict}
          onChange={(e) => changer({ ...filtres, verdict: e.currentTarget.value as Verdict | '' })}
        >
          <option value="">{txt.resultats.tous}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {txt.verdicts[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="champ">
        <label htmlFor="filtre-structure">{txt.resultats.structure}</label>
        <select
          id="filtre-structure"
          value={filtres.structure}
          onChange={(e) =>
            changer({ ...filtres, structure: e.currentTarget.value as Structure | '' })
          }
        >
          <option value="">{txt.resultats.toutes}</option>
          <option value="liberal">{txt.structures.liberal}</option>
          <option value="centre">{txt.structures.centre}</option>
          <option value="collectif">{txt.structures.collectif}</option>
        </select>
      </div>
      <div className="champ">
        <label htmlFor="filtre-texte">{txt.resultats.recherche}</label>
        <input
          id="filtre-texte"
          type="search"
          className="saisie"
          value={filtres.texte}
          onChange={(e) => changer({ ...filtres, texte: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
