import { useState } from 'react';
import type { ErreurChamp } from '../../engine/saisie.ts';
import { depuisPourcent, versPourcent } from '../format.ts';
import { ChampSaisie } from './ChampSaisie.tsx';

interface Props {
  id: string;
  label: string;
  aide?: string | undefined;
  erreurs: readonly ErreurChamp[];
  /** The stored fraction (0–1) as text, or '' when not answered. */
  fraction: string;
  parDefaut?: string;
  onChange(fraction: string): void;
}

/** A percentage typed by the user, stored as a fraction; keeps the typed text while editing. */
export function ChampPourcent({
  id,
  label,
  aide,
  erreurs,
  fraction,
  parDefaut = '',
  onChange,
}: Props) {
  const [texte, setTexte] = useState<string | null>(null);
  const affiche = texte ?? (fraction === '' ? parDefaut : versPourcent(fraction).replace('.', ','));
  return (
    <ChampSaisie
      id={id}
      label={label}
      aide={aide}
      erreurs={erreurs}
      valeur={affiche}
      inputMode="decimal"
      suffixe="%"
      onChange={(v) => {
        setTexte(v);
        onChange(depuisPourcent(v));
      }}
      onBlur={() => setTexte(null)}
    />
  );
}
