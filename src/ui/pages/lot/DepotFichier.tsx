/**
 * Drop zone + native file input: the input is the keyboard path (Tab, then Space or Enter), the
 * zone accepts a file dragged onto it.
 */
import { useState, type DragEvent } from 'react';
import { txt } from './messages.ts';

/** The file input's id: « Annuler » gives it the focus back. */
export const ID_FICHIER = 'fichier-lot';

interface Props {
  surFichier: (fichier: File) => void;
}

export function DepotFichier({ surFichier }: Props) {
  const [survol, setSurvol] = useState(false);
  const deposer = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setSurvol(false);
    const fichier = e.dataTransfer.files[0];
    if (fichier) surFichier(fichier);
  };
  return (
    <div
      className={survol ? 'depot survol' : 'depot'}
      onDragOver={(e) => {
        e.preventDefault();
        setSurvol(true);
      }}
      onDragLeave={() => setSurvol(false)}
      onDrop={deposer}
    >
      <p>{txt.depot.zone}</p>
      <label htmlFor={ID_FICHIER}>{txt.depot.choisir}</label>
      <input
        id={ID_FICHIER}
        type="file"
        accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="fichier-lot-limites fichier-lot-aide"
        onChange={(e) => {
          const fichier = e.currentTarget.files?.[0];
          if (fichier) surFichier(fichier);
          e.currentTarget.value = '';
        }}
      />
      <p id="fichier-lot-limites" className="limites">
        {txt.depot.limites}
      </p>
      <p id="fichier-lot-aide" className="aide">
        {txt.depot.aide}
      </p>
    </div>
  );
}
