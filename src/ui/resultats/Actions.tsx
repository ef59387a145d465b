/** Copy the link (clipboard, or a selectable field as fallback), print, and the link for the printout. */
import { useState } from 'react';
import type { Resultat } from '../../engine/simulation.ts';
import { fr } from '../messages/fr-resultats.ts';
import { Enregistrer } from '../persistance/Enregistrer.tsx';
import type { Reponses } from '../state/champs.ts';

interface Props {
  lien: string;
  reponses: Reponses;
  resultat: Resultat | null;
}

export function Actions({ lien, reponses, resultat }: Props) {
  const [etat, setEtat] = useState<'repos' | 'copie' | 'manuel'>('repos');
  const requete = lien.slice(lien.indexOf('?'));
  const copier = async () => {
    try {
      if (!navigator.clipboard) throw new Error('presse-papiers indisponible');
      await navigator.clipboard.writeText(lien);
      setEtat('copie');
    } catch {
      setEtat('manuel');
    }
  };
  return (
    <div className="actions">
      <Enregistrer reponses={reponses} resultat={resultat} />
      <div className="no-print boutons">
        <button type="button" onClick={() => void copier()}>
          {fr.navigation.copier}
        </button>
        <button type="button" className="secondaire" onClick={() => window.print()}>
          {fr.navigation.imprimer}
        </button>
        <a className="bouton secondaire" href="?v=1">
          {fr.navigation.recommencer}
        </a>
        <a className="bouton secondaire" href={`calendrier.html${requete}`}>
          {fr.navigation.calendrier}
        </a>
        <a className="bouton secondaire" href={`cout.html${requete}`}>
          {fr.liensAnnexes.cout}
        </a>
      </div>
      <p role="status" className="no-print">
        {etat === 'copie' ? fr.navigation.copie : ''}
      </p>
      {etat === 'manuel' ? (
        <p className="no-print">
          <label htmlFor="lien-manuel">{fr.navigation.copieManuelle}</label>{' '}
          <input
            id="lien-manuel"
            type="text"
            readOnly
            value={lien}
            onFocus={(e) => e.target.select()}
          />
        </p>
      ) : null}
      <p className="impression-seulement lien-impression">
        {fr.impression.lien} {lien}
      </p>
    </div>
  );
}
