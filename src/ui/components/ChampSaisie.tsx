import type { ErreurChamp } from '../../engine/saisie.ts';
import { decritPar } from './ids.ts';
import { MessageErreur } from './MessageErreur.tsx';

interface Props {
  id: string;
  label: string;
  aide?: string | undefined;
  erreurs: readonly ErreurChamp[];
  valeur: string;
  onChange(valeur: string): void;
  onBlur?(): void;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  suffixe?: string;
}

/** A labelled input with its help text and errors tied by aria-describedby. */
export function ChampSaisie({
  id,
  label,
  aide,
  erreurs,
  valeur,
  onChange,
  onBlur,
  type = 'text',
  inputMode,
  placeholder,
  suffixe,
}: Props) {
  const enErreur = erreurs.length > 0;
  return (
    <div className="champ">
      <label htmlFor={id}>{label}</label>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      <div className="saisie">
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          value={valeur}
          placeholder={placeholder}
          aria-invalid={enErreur || undefined}
          aria-describedby={decritPar(id, Boolean(aide), enErreur)}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        {suffixe ? <span aria-hidden="true">{suffixe}</span> : null}
      </div>
      <MessageErreur id={id} erreurs={erreurs} />
    </div>
  );
}
