/**
 * Batch screening page: a CSV or Excel file in, one verdict per row out. A file over the size
 * limit is refused before it is read; otherwise its bytes go to a Web Worker (lancer.ts) that
 * reads, checks and simulates them, with a progress bar and an « Annuler » button, and keeps the
 * rows: the page shows the batch's figures and asks for one page of rows at a time (useLot.ts).
 */
import { DepotFichier } from './DepotFichier.tsx';
import { LotGarde } from './LotGarde.tsx';
import { ReferenceColonnes } from './ReferenceColonnes.tsx';
import { ResultatsLot } from './ResultatsLot.tsx';
import { txt } from './messages.ts';
import { telechargerModele } from './telecharger.ts';
import { useLot, type Etat } from './useLot.ts';
import { EnTetePage } from '../../components/EnTetePage.tsx';

/** The status line: its text changes by steps of 10 %, so a screen reader is not flooded. */
function texteStatut(etat: Etat): string {
  if (etat.phase === 'traitement') {
    if (etat.total === null) return txt.progres.lecture(etat.nom);
    const pourcent = etat.total === 0 ? 100 : Math.floor((etat.fait * 10) / etat.total) * 10;
    return txt.progres.pourcent(etat.nom, pourcent, etat.total);
  }
  if (etat.phase === 'fini')
    return txt.progres.termine(etat.nom, etat.resume.total, etat.resume.comptes.invalide);
  if (etat.phase === 'annule') return txt.progres.annule(etat.nom);
  return '';
}

export function PageLot() {
  const lot = useLot();
  const { etat, vue, garde } = lot;
  const statut = texteStatut(etat);

  return (
    <>
      <EnTetePage
        titre={txt.titre}
        navigation={txt.navigation}
        liens={[{ href: 'index.html', texte: txt.retour }]}
      />
      <main id="contenu">
        <p>{txt.intro}</p>
        <section aria-labelledby="depot-titre" className="sans-impression">
          <h2 id="depot-titre">{txt.depot.titre}</h2>
          <DepotFichier surFichier={(f) => void lot.traiterFichier(f)} />
          {garde && etat.phase === 'attente' && (
            <LotGarde
              garde={garde}
              rouvrir={(f) => void lot.traiterFichier(f)}
              oublie={lot.oublierGarde}
            />
          )}
          <h3>{txt.exemples.titre}</h3>
          <ul>
            <li>
              <a href="exemples/lot-exemple.csv" download>
                {txt.exemples.exemple}
              </a>
            </li>
            <li>
              <a href="exemples/lot-modele.csv" download>
                {txt.exemples.modele}
              </a>
            </li>
            <li>
              <button type="button" className="lien" onClick={() => void telechargerModele()}>
                {txt.reference.modele}
              </button>
            </li>
          </ul>
          <ReferenceColonnes />
        </section>
        <div role="status" className="etat-lot">
          {statut && <p>{statut}</p>}
        </div>
        {etat.phase === 'traitement' && (
          <div className="avancement">
            <progress
              aria-label={txt.progres.libelle}
              max={etat.total || undefined}
              value={etat.total ? etat.fait : undefined}
            />
            <button type="button" className="secondaire" onClick={lot.annuler}>
              {txt.progres.annuler}
            </button>
          </div>
        )}
        {etat.phase === 'erreur' && (
          <p role="alert" className="erreur">
            {etat.message}
          </p>
        )}
        {etat.phase === 'fini' && vue && (
          <ResultatsLot
            resume={etat.resume}
            demande={lot.demande}
            vue={vue}
            demander={lot.demanderVue}
            exporter={lot.exporter}
          />
        )}
      </main>
    </>
  );
}
