/**
 * The summary of invalid answers (an alert, above the step): each links to its field, on its own
 * step; following a link on another step goes there and focuses the field.
 */
import type { ErreurChamp } from '../../../engine/saisie.ts';
import { idChamp } from '../../components/ids.ts';
import { fr } from '../../messages/fr.ts';
import { cleDuChamp, type Structure } from '../../state/champs.ts';
import { ETAPE_RESULTATS, etapeDuChamp } from '../../wizard/etapes.ts';

interface Props {
  erreurs: readonly ErreurChamp[];
  structure: Structure | undefined;
  /** The step on screen. */
  etape: string;
  lien(etape: string): string;
  aller(etape: string): void;
  /** Focus this element id after the next step change. */
  focaliserApres(id: string): void;
}

/** The step that holds a field in error (what-if and objective fields live on the results). */
function etapeDeErreur(champ: string, structure: Structure | undefined): string {
  const cle = cleDuChamp(champ) ?? champ;
  return etapeDuChamp(cle, structure) ?? ETAPE_RESULTATS;
}

export function ResumeErreurs({ erreurs, structure, etape, lien, aller, focaliserApres }: Props) {
  if (erreurs.length === 0) return null;
  return (
    <div className="resume-erreurs" role="alert">
      <p>{fr.erreurs.resume}</p>
      <ul>
        {erreurs.map((e) => {
          const sonEtape = etapeDeErreur(e.champ, structure);
          const id = idChamp(e.champ);
          return (
            <li key={e.champ}>
              <a
                href={`${lien(sonEtape)}#${id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  if (sonEtape === etape) document.getElementById(id)?.focus();
                  else {
                    focaliserApres(id);
                    aller(sonEtape);
                  }
                }}
              >
                {e.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
