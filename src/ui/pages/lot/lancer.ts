/**
 * Starts a batch: in a Web Worker when the browser has them (the file's bytes are transferred to
 * it; the page only gathers the slices of rows it posts back), else on the main thread, yielding
 * to the browser between slices. `annuler` terminates the worker (or stops at the next slice) and
 * settles the result as cancelled: the page is usable again at once.
 */
import type { MessageDuTravailleur, MessageVersTravailleur } from './travailleur.ts';
import { traiterFichier, type IssueLot, type LigneLot, type ResultatLot } from './traitement.ts';

export interface Traitement {
  resultat: Promise<ResultatLot>;
  annuler: () => void;
}

export type SurProgres = (fait: number, total: number) => void;

const pause = () => new Promise<void>((fin) => setTimeout(fin, 0));

const rassembler = (issue: IssueLot, lignes: LigneLot[]): ResultatLot =>
  issue.etat === 'fini' ? { etat: 'fini', lignes } : issue;

export function surLeFilPrincipal(
  octets: ArrayBuffer,
  nom: string,
  surProgres: SurProgres,
): Traitement {
  let annule = false;
  const lignes: LigneLot[] = [];
  const resultat = traiterFichier(new Uint8Array(octets), nom, {
    surTranche: (tranche, fait, total) => {
      lignes.push(...tranche);
      surProgres(fait, total);
    },
    entreTranches: pause,
    estAnnule: () => annule,
  }).then((issue) => rassembler(issue, lignes));
  return { resultat, annuler: () => (annule = true) };
}

export function lancerTraitement(
  octets: ArrayBuffer,
  nom: string,
  surProgres: SurProgres,
): Traitement {
  if (typeof Worker === 'undefined') return surLeFilPrincipal(octets, nom, surProgres);
  const travailleur = new Worker(new URL('./travailleur.ts', import.meta.url), { type: 'module' });
  const lignes: LigneLot[] = [];
  let regler: (r: ResultatLot) => void = () => {};
  const resultat = new Promise<ResultatLot>((resoudre, rejeter) => {
    regler = resoudre;
    travailleur.onmessage = ({ data }: MessageEvent<MessageDuTravailleur>) => {
      if (data.type === 'tranche') {
        for (const ligne of data.lignes) lignes.push(ligne);
        return surProgres(data.fait, data.total);
      }
      travailleur.terminate();
      if (data.type === 'fin') resoudre(rassembler(data.issue, lignes));
      else rejeter(new Error(data.message));
    };
    travailleur.onerror = (e) => {
      travailleur.terminate();
      rejeter(new Error(e.message || 'erreur du travailleur'));
    };
  });
  const message: MessageVersTravailleur = { octets, nom };
  travailleur.postMessage(message, [octets]);
  return {
    resultat,
    annuler: () => {
      travailleur.terminate();
      lignes.length = 0;
      regler({ etat: 'annule' });
    },
  };
}
