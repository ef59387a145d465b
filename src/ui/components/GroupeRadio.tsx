import type { ErreurChamp } from '../../engine/saisie.ts';
import { decritPar } from './ids.ts';
import { MessageErreur } from './MessageErreur.tsx';

interface Props {
  id: string;
  legende: string;
  aide?: string | undefined;
  choix: readonly (readonly [string, string])[];
  valeur: string;
  /** A short description per choice (tied by aria-describedby). */
  descriptions?: Readonly<Record<string, string>>;
  erreurs: readonly ErreurChamp[];
  onChange(valeur: string): void;
}

/** A radio group in a fieldset whose legend is the question. */
export function GroupeRadio({
  id,
  legende,
  aide,
  choix,
  valeur,
  descriptions,
  erreurs,
  onChange,
}: Props) {
  const enErreur = erreurs.length > 0;
  return (
    <fieldset className="champ groupe" aria-describedby={decritPar(id, Boolean(aide), enErreur)}>
      <legend>{legende}</legend>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      {choix.map(([v, libelle]) => {
        const idChoix = `${id}-${v.replace(/[^a-zA-Z0-9]+/g, '-')}`;
        const description = descriptions?.[v];
        return (
          <div className="choix" key={v}>
            <input
              type="radio"
              id={idChoix}
              name={id}
              value={v}
              checked={valeur === v}
              aria-invalid={enErreur || undefined}
              aria-describedby={description ? `${idChoix}-description` : undefined}
              onChange={() => onChange(v)}
            />
            <label htmlFor={idChoix}>{libelle}</label>
            {description ? (
              <span className="description" id={`${idChoix}-description`}>
                {description}
              </span>
            ) : null}
          </div>
        );
      })}
      <MessageErreur id={id} erreurs={erreurs} />
    </fieldset>
  );
}
