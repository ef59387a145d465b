/**
 * Starts a batch and talks to where it lives (serveur.ts): a Web Worker when the browser has them
 * (the file's bytes are transferred to it; the rows stay there), else the same module on the main
 * thread, yielding to the browser between slices. The page gets the progress, then the batch's
 * figures, and asks for pages of rows and export files by small messages. `annuler` terminates
 * the worker (or stops at the next slice) and settles the result as cancelled: the page is usable
 * again at once. Cancelling after the end releases the rows.
 */
import type { FichierExport } from './export-csv.ts';
import {
  creerServeur,
  type DemandeExport,
  type DemandeVue,
  type IssueServeur,
  type Reponse,
  type Requete,
  type VueLot,
} from './serveur.ts';

export interface Traitement {
  resultat: Promise<IssueServeur>;
  annuler: () => void;
  vue: (demande: DemandeVue) => Promise<VueLot>;
  exporter: (demande: DemandeExport) => Promise<FichierExport>;
}

export type SurProgres = (fait: number, total: number) => void;

interface Canal {
  envoyer: (requete: Requete, transfert?: Transferable[]) => void;
  fermer: () => void;
}
type Ouvrir = (recevoir: (reponse: Reponse) => void, echouer: (message: string) => void) => Canal;

interface Attente {
  ok: (valeur: never) => void;
  ko: (erreur: Error) => void;
}

function client(ouvrir: Ouvrir, octets: ArrayBuffer, nom: string, surProgres: SurProgres) {
  let ferme = false;
  let regler: (issue: IssueServeur) => void = () => {};
  let rejeter: (erreur: Error) => void = () => {};
  const resultat = new Promise<IssueServeur>((ok, ko) => {
    regler = ok;
    rejeter = ko;
  });
  const attentes = new Map<number, Attente>();
  let numero = 0;
  const fermer = () => {
    ferme = true;
    canal.fermer();
  };
  const recevoir = (r: Reponse): void => {
    if (ferme) return;
    if (r.type === 'progres') return surProgres(r.fait, r.total);
    if (r.type === 'fin') {
      if (r.issue.etat !== 'fini') fermer();
      return regler(r.issue);
    }
    if (r.type === 'erreur') return echouer(r.message);
    const attente = attentes.get(r.id);
    attentes.delete(r.id);
    if (r.type === 'echec') attente?.ko(new Error(r.message));
    else attente?.ok((r.type === 'vue' ? r.vue : r.fichier) as never);
  };
  const echouer = (message: string): void => {
    if (ferme) return;
    fermer();
    const erreur = new Error(message);
    rejeter(erreur);
    for (const attente of attentes.values()) attente.ko(erreur);
    attentes.clear();
  };
  const canal = ouvrir(recevoir, echouer);
  const demander = <T>(requete: (id: number) => Requete): Promise<T> =>
    new Promise<T>((ok, ko) => {
      if (ferme) return ko(new Error('lot fermé'));
      const id = ++numero;
      attentes.set(id, { ok: ok as (valeur: never) => void, ko });
      canal.envoyer(requete(id));
    });
  canal.envoyer({ type: 'traiter', octets, nom }, [octets]);
  const traitement: Traitement = {
    resultat,
    annuler: () => {
      if (ferme) return;
      fermer();
      regler({ etat: 'annule' });
    },
    vue: (demande) => demander((id) => ({ type: 'vue', id, demande })),
    exporter: (demande) => demander((id) => ({ type: 'exporter', id, demande })),
  };
  return traitement;
}

const pause = () => new Promise<void>((fin) => setTimeout(fin, 0));

/** The batch on the main thread (no Worker): the same server, answering synchronously. */
export function surLeFilPrincipal(
  octets: ArrayBuffer,
  nom: string,
  surProgres: SurProgres,
): Traitement {
  return client(
    (recevoir) => {
      let annule = false;
      const serveur = creerServeur(recevoir, { entreTranches: pause, estAnnule: () => annule });
      return { envoyer: (requete) => void serveur(requete), fermer: () => (annule = true) };
    },
    octets,
    nom,
    surProgres,
  );
}

export function lancerTraitement(
  octets: ArrayBuffer,
  nom: string,
  surProgres: SurProgres,
): Traitement {
  if (typeof Worker === 'undefined') return surLeFilPrincipal(octets, nom, surProgres);
  return client(
    (recevoir, echouer) => {
      const travailleur = new Worker(new URL('./travailleur.ts', import.meta.url), {
        type: 'module',
      });
      travailleur.onmessage = ({ data }: MessageEvent<Reponse>) => recevoir(data);
      travailleur.onerror = (e) => echouer(e.message || 'erreur du travailleur');
      return {
        envoyer: (requete, transfert = []) => travailleur.postMessage(requete, transfert),
        fermer: () => travailleur.terminate(),
      };
    },
    octets,
    nom,
    surProgres,
  );
}
