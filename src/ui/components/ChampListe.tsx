import type { ErreurChamp } from '../../engine/saisie.ts';
import { decritPar } from './ids.ts';
import { MessageErreur } from './MessageErreur.tsx';

interface Props {
  id: string;
  label: string;
  aide?: string | undefined;
  choix: readonly (readonly [string, string])[];
  valeur: string;
  erreurs: readonly ErreurChamp[];
  onChange(valeur: string): void;
}

/** A native select (a short fixed list). */
export function ChampListe({ id, label, aide, choix, valeur, erreurs, onChange }: Props) {
  const enErreur = erreurs.length > 0;
  return (
    <div className="champ">
      <label htmlFor={id}>{label}</label>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      <select
        id={id}
        value={valeur}
        aria-invalid={enErreur || undefined}
        aria-describedby={decritPar(id, Boolean(aide), enErreur)}
        onChange={(e) => onChange(e.target.value)}
      >
        {choix.map(([v, libelle]) => (
          <option key={v} value={v}>
            {libelle}
          </option>
        ))}
      </select>
      <MessageErreur id={id} erreurs={erreurs} />
    </div>
  );
}
