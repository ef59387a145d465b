/**
 * "Enregistrer cette simulation": a name, then the case file is written in this browser only.
 * Saving the same simulation again (same name, same answers) updates it; a name another
 * simulation already uses asks first: replace it, keep both (numbered copy) or cancel.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { Resultat } from '../../engine/simulation.ts';
import { dateLongue } from '../format.ts';
import { aujourdhui } from '../horloge.ts';
import { fr } from '../messages/fr.ts';
import type { Reponses } from '../state/champs.ts';
import { creerDossier } from './dossier.ts';
import { frDossiers } from './messages.ts';
import { NOM_MAX, type Dossier } from './schema.ts';
import {
  dossierNomme,
  enregistrerDossier,
  memesReponses,
  remplacerDossier,
  stockageNavigateur,
  type Ecriture,
} from './stockage.ts';

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
  const [conflit, setConflit] = useState<Dossier | null>(null);
  const champNom = useRef<HTMLInputElement>(null);
  const parDefaut = T.nomParDefaut(dateLongue(aujourdhui()));

  const conclure = (r: Ecriture, texte: (nom: string) => string) => {
    setConflit(null);
    setEtat(r.ok ? { ok: true, texte: texte(r.dossier.nom) } : { ok: false, texte: r.erreur });
    if (r.ok) setNom('');
  };
  const enregistrer = (e: FormEvent) => {
    e.preventDefault();
    const stockage = stockageNavigateur();
    const dossier = creerDossier(nom.trim() || parDefaut, reponses, resultat, new Date());
    const existant = dossierNomme(stockage, dossier.nom);
    if (existant === null)
      conclure(enregistrerDossier(stockage, dossier), frDossiers.notices.enregistree);
    else if (memesReponses(existant, dossier))
      conclure(remplacerDossier(stockage, dossier), frDossiers.notices.miseAJour);
    else {
      setEtat(null);
      setConflit(dossier);
    }
  };
  const fermer = () => {
    setConflit(null);
    champNom.current?.focus();
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
          ref={champNom}
          type="text"
          maxLength={NOM_MAX}
          autoComplete="off"
          aria-describedby="aide-nom-simulation"
          value={nom}
          onChange={(e) => setNom(e.target.value)}
        />
      </div>
      {conflit ? (
        <div role="group" aria-labelledby="conflit-enregistrer" className="confirmation">
          <p id="conflit-enregistrer">{T.conflit(conflit.nom)}</p>
          <div className="boutons">
            <button
              type="button"
              autoFocus
              onClick={() =>
                conclure(
                  remplacerDossier(stockageNavigateur(), conflit),
                  frDossiers.notices.miseAJour,
                )
              }
            >
              {T.remplacer(conflit.nom)}
            </button>
            <button
              type="button"
              className="secondaire"
              onClick={() =>
                conclure(
                  enregistrerDossier(stockageNavigateur(), conflit),
                  frDossiers.notices.enregistree,
                )
              }
            >
              {T.copie}
            </button>
            <button type="button" className="secondaire" onClick={fermer}>
              {T.annuler}
            </button>
          </div>
        </div>
      ) : (
        <div className="boutons">
          <button type="submit">{T.bouton}</button>
          <a className="bouton secondaire" href="dossiers.html">
            {fr.dossiers.lien}
          </a>
        </div>
      )}
      <p role="status">{etat?.ok ? etat.texte : ''}</p>
      <p role="alert" className={etat && !etat.ok ? 'erreur' : undefined}>
        {etat && !etat.ok ? etat.texte : ''}
      </p>
    </form>
  );
}
