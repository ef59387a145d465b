/**
 * The saved simulations of this browser: open (a link to the simulator with the saved answers),
 * export and import as JSON case files, delete, and recompute one saved under other rules.
 */
import { useState } from 'react';
import {
  dossierRecalcule,
  nettoyerReponses,
  nomDeFichier,
  versJson,
} from '../../persistance/dossier.ts';
import { frDossiers } from '../../persistance/messages.ts';
import type { Dossier } from '../../persistance/schema.ts';
import {
  enregistrerDossier,
  lireDossiers,
  remplacerDossier,
  stockageNavigateur,
  supprimerDossier,
  type Ecriture,
  type Liste,
} from '../../persistance/stockage.ts';
import { CarteDossier } from './CarteDossier.tsx';
import { Import } from './Import.tsx';
import { frPageDossiers } from './messages.ts';
import { telecharger } from './telecharger.ts';
import { EnTetePage } from '../../components/EnTetePage.tsx';

const T = frPageDossiers;

export function PageDossiers() {
  const [liste, setListe] = useState<Liste>(() => lireDossiers(stockageNavigateur()));
  const [message, setMessage] = useState('');

  const apres = (r: Ecriture | null, texte: (d: Dossier) => string): string | null => {
    if (r === null) return null;
    if (!r.ok) {
      setMessage(r.erreur);
      return r.erreur;
    }
    setListe(r.liste);
    setMessage(texte(r.dossier));
    return null;
  };

  const importer = (dossier: Dossier, inconnues: readonly string[]): string | null => {
    const nettoyees = nettoyerReponses(dossier.reponses);
    const reponses = nettoyees.reponses;
    const ecartees = [...inconnues, ...nettoyees.ecartees];
    const r = enregistrerDossier(stockageNavigateur(), { ...dossier, reponses });
    if (!r.ok) return r.erreur;
    setListe(r.liste);
    setMessage(
      [
        frDossiers.notices.importee(r.dossier.nom),
        ecartees.length > 0 ? frDossiers.notices.reponsesEcartees(r.dossier.nom, ecartees) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    return null;
  };

  return (
    <>
      <EnTetePage
        titre={T.titre}
        intro={T.intro}
        navigation={T.navigation.libelle}
        liens={[
          { href: 'index.html', texte: T.navigation.simulateur },
          { href: 'sources.html', texte: T.navigation.sources },
        ]}
      />
      <main id="contenu" className="page-dossiers">
        <div className={liste.notices.length > 0 ? 'notice' : undefined} role="status">
          {liste.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
        <p role="status" className="message-action">
          {message}
        </p>
        <section aria-labelledby="titre-liste">
          <h2 id="titre-liste">{T.liste.titre}</h2>
          {liste.dossiers.length === 0 ? (
            <p>
              {T.liste.vide} <a href="index.html">{T.liste.nouvelle}</a>
            </p>
          ) : (
            <ul className="dossiers">
              {liste.dossiers.map((d, i) => (
                <li key={d.nom}>
                  <CarteDossier
                    dossier={d}
                    index={i}
                    exporter={() => telecharger(nomDeFichier(d), versJson(d))}
                    supprimer={() =>
                      apres(supprimerDossier(stockageNavigateur(), d.nom), (x) =>
                        frDossiers.notices.supprimee(x.nom),
                      )
                    }
                    recalculer={(etat) =>
                      apres(
                        remplacerDossier(stockageNavigateur(), dossierRecalcule(d, etat)),
                        (x) => frDossiers.notices.recalculee(x.nom),
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        <Import importer={importer} />
      </main>
    </>
  );
}
