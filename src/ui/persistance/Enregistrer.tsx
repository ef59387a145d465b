/** "Enregistrer cette simulation": a name, then the case file is written in this browser only. */
import { useState, type FormEvent } from 'react';
import type { Resultat } from '../../engine/index.ts';
import { aujourdhui, dateLongue } from '../format.ts';
import { fr } from '../messages/fr.ts';
import type { Reponses } from '../state/champs.ts';
import { creerDossier } from './dossier.ts';
import { frDossiers } from './messages.ts';
import { NOM_MAX } from './schema.ts';
import { enregistrerDossier, stockageNavigateur } from './stockage.ts';

const T = frDossiers.enregistrer;

export function Enregistrer({
  reponses,
  resultat,
}: {
  reponses: Reponses;
  resultat: Resultat | null;
}) {
  const [nom, setNom] = useState('');
  const [etat, setEtat] = useState<{ ok: boolean; texte: string } | null>(null);
  const parDefaut = T.nomParDefaut(dateLongue(aujourdhui()));
  const enregistrer = (e: FormEvent) => {
    e.preventDefault();
    const dossier = creerDossier(nom.trim() || parDefaut, reponses, resultat, new Date());
    const r = enregistrerDossier(stockageNavigateur(), dossier);
    setEtat(
      r.ok
        ? { ok: true, texte: frDossiers.notices.enregistree(r.dossier.nom) }
        : { ok: false, texte: r.erreur },
    );
    if (r.ok) setNom('');
  };
  return (
    <form
      className="no-print enregistrer"
      onSubmit={enregistrer}
      aria-labelledby="titre-enregistrer"
    >
      <h3 id="titre-enregistrer">{T.titre}</h3>
      <div className="champ">
        <label htmlFor="nom-simulation">{T.nom}</label>
        <p id="aide-nom-simulation" className="aide">
          {T.aide(parDefaut)}
        </p>
        <input
          id="nom-simulation"
          type="text"
          maxLength={NOM_MAX}
          autoComplete="off"
          aria-describedby="aide-nom-simulation"
          value={nom}
          onChange={(e) => setNom(e.target.value)}
        />
      </div>
      <div className="boutons">
        <button type="submit">{T.bouton}</button>
        <a className="bouton secondaire" href="dossiers.html">
          {fr.dossiers.lien}
        </a>
      </div>
      <p role="status">{etat?.ok ? etat.texte : ''}</p>
      <p role="alert" className={etat && !etat.ok ? 'erreur' : undefined}>
        {etat && !etat.ok ? etat.texte : ''}
      </p>
    </form>
  );
}
