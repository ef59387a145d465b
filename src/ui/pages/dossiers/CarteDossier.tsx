/** One saved simulation: open it in the simulator, export it, delete it, recompute it if stale. */
import { useMemo, useRef, useState } from 'react';
import { dateHeure, euros } from '../../format.ts';
import { etatDossier, lienDossier } from '../../persistance/dossier.ts';
import type { Dossier } from '../../persistance/schema.ts';
import { Ecart } from './Ecart.tsx';
import { frPageDossiers } from './messages.ts';

const T = frPageDossiers.liste;

interface Props {
  dossier: Dossier;
  index: number;
  exporter(): void;
  supprimer(): void;
  recalculer(etat: ReturnType<typeof etatDossier>): void;
}

export function CarteDossier({ dossier, index, exporter, supprimer, recalculer }: Props) {
  const etat = useMemo(() => etatDossier(dossier), [dossier]);
  /** Deleting asks first, in the card (the question and its two buttons, focus on « Oui »). */
  const [confirmation, setConfirmation] = useState(false);
  const boutonSupprimer = useRef<HTMLButtonElement>(null);
  const titre = `titre-dossier-${index}`;
  const detail = <span className="sr-only">{T.detail(dossier.nom)}</span>;
  return (
    <article className="dossier" aria-labelledby={titre}>
      <h3 id={titre}>{dossier.nom}</h3>
      <p className="dossier-meta">
        {T.enregistreeLe(dateHeure(new Date(dossier.enregistreLe)))} —{' '}
        {T.regles(dossier.versionRegles)}
      </p>
      <p>
        {dossier.resultat.total === null ? T.totalInconnu : T.total(euros(dossier.resultat.total))}
      </p>
      {etat.reglesChangees || etat.montantsChanges ? (
        <Ecart dossier={dossier} etat={etat} recalculer={() => recalculer(etat)} />
      ) : null}
      <div className="boutons">
        <a className="bouton" href={lienDossier(dossier)}>
          {T.ouvrir} {detail}
        </a>
        <button type="button" className="secondaire" onClick={exporter}>
          {T.exporter} <span className="sr-only">{T.exporterDetail(dossier.nom)}</span>
        </button>
        <button
          type="button"
          className="secondaire"
          ref={boutonSupprimer}
          aria-expanded={confirmation}
          onClick={() => setConfirmation(true)}
        >
          {T.supprimer} {detail}
        </button>
      </div>
      {confirmation ? (
        <div role="group" aria-labelledby={`${titre}-confirmer`} className="confirmation">
          <p id={`${titre}-confirmer`}>{T.confirmer(dossier.nom)}</p>
          <div className="boutons">
            <button type="button" autoFocus onClick={supprimer}>
              {T.oui(dossier.nom)}
            </button>
            <button
              type="button"
              className="secondaire"
              onClick={() => {
                setConfirmation(false);
                boutonSupprimer.current?.focus();
              }}
            >
              {T.annuler}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
