import type { ErreurChamp } from '../../engine/index.ts';
import { decritPar } from './ids.ts';
import { MessageErreur } from './MessageErreur.tsx';

interface Props {
  id: string;
  legende: string;
  aide?: string | undefined;
  choix: readonly (readonly [string, string])[];
  valeur: string;
  erreurs: readonly ErreurChamp[];
  onChange(valeur: string): void;
}

/** A radio group in a fieldset whose legend is the question. */
export function GroupeRadio({ id, legende, aide, choix, valeur, erreurs, onChange }: Props) {
  const enErreur = erreurs.length > 0;
  return (
    <fieldset className="champ groupe" aria-describedby={decritPar(id, Boolean(aide), enErreur)}>
      <legend>{legende}</legend>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      {choix.map(([v, libelle]) => (
        <div className="choix" key={v}>
          <input
            type="radio"
            id={`${id}-${v.replace(/[^a-zA-Z0-9]+/g, '-')}`}
            name={id}
            value={v}
            checked={valeur === v}
            aria-invalid={enErreur || undefined}
            onChange={() => onChange(v)}
          />
          <label htmlFor={`${id}-${v.replace(/[^a-zA-Z0-9]+/g, '-')}`}>{libelle}</label>
        </div>
      ))}
      <MessageErreur id={id} erreurs={erreurs} />
    </fieldset>
  );
}
