/**
 * Starts a batch: in a Web Worker when the browser has them (the page stays responsive on 5,000
 * rows), else on the main thread, yielding to the browser between slices.
 */
import type { MessageDuTravailleur, MessageVersTravailleur } from './travailleur.ts';
import { traiterCsv, type ResultatLot } from './traitement.ts';

export interface Traitement {
  resultat: Promise<ResultatLot>;
  annuler: () => void;
}

type SurProgres = (fait: number, total: number) => void;

const pause = () => new Promise<void>((fin) => setTimeout(fin, 0));

function surLeFilPrincipal(texte: string, nom: string, surProgres: SurProgres): Traitement {
  let annule = false;
  const resultat = traiterCsv(texte, nom, {
    surProgres: (fait, total) => {
      if (!annule) surProgres(fait, total);
    },
    entreTranches: pause,
  });
  return { resultat, annuler: () => (annule = true) };
}

export function lancerTraitement(texte: string, nom: string, surProgres: SurProgres): Traitement {
  if (typeof Worker === 'undefined') return surLeFilPrincipal(texte, nom, surProgres);
  const travailleur = new Worker(new URL('./travailleur.ts', import.meta.url), { type: 'module' });
  const resultat = new Promise<ResultatLot>((resoudre, rejeter) => {
    travailleur.onmessage = ({ data }: MessageEvent<MessageDuTravailleur>) => {
      if (data.type === 'progres') return surProgres(data.fait, data.total);
      travailleur.terminate();
      if (data.type === 'fin') resoudre(data.resultat);
      else rejeter(new Error(data.message));
    };
    travailleur.onerror = (e) => {
      travailleur.terminate();
      rejeter(new Error(e.message || 'erreur du travailleur'));
    };
  });
  const message: MessageVersTravailleur = { texte, nom };
  travailleur.postMessage(message);
  return { resultat, annuler: () => travailleur.terminate() };
}
