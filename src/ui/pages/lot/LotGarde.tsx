/** The batch kept on this device, offered again: « Rouvrir » or « Effacer le lot gardé ». */
import { lotGarde, oublierLot, type EnBref } from './memoire.ts';
import { txt } from './messages.ts';

interface Props {
  garde: EnBref;
  rouvrir: (fichier: File) => void;
  oublie: () => void;
}

export function LotGarde({ garde, rouvrir, oublie }: Props) {
  return (
    <div className="lot-garde" role="group" aria-label={txt.memoire.titre}>
      <p>{txt.memoire.texte(garde.nom, garde.date)}</p>
      <div className="boutons">
        <button
          type="button"
          onClick={() => {
            // The bytes are decoded only now, not at each visit of the page.
            const lu = lotGarde();
            if (lu) rouvrir(new File([lu.octets as BlobPart], lu.nom));
            else oublie();
          }}
        >
          {txt.memoire.rouvrir(garde.nom)}
        </button>
        <button
          type="button"
          className="secondaire"
          onClick={() => {
            oublierLot();
            oublie();
          }}
        >
          {txt.memoire.effacer}
        </button>
      </div>
    </div>
  );
}
