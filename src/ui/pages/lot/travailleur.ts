/// <reference lib="webworker" />
/** The batch off the main thread: parses and simulates, posting progress every slice. */
import { traiterCsv, type ResultatLot } from './traitement.ts';

export type MessageVersTravailleur = { texte: string; nom: string };
export type MessageDuTravailleur =
  | { type: 'progres'; fait: number; total: number }
  | { type: 'fin'; resultat: ResultatLot }
  | { type: 'erreur'; message: string };

const poster = (message: MessageDuTravailleur): void => self.postMessage(message);

self.onmessage = async (evenement: MessageEvent<MessageVersTravailleur>) => {
  const { texte, nom } = evenement.data;
  try {
    const resultat = await traiterCsv(texte, nom, {
      surProgres: (fait, total) => poster({ type: 'progres', fait, total }),
    });
    poster({ type: 'fin', resultat });
  } catch (erreur) {
    poster({ type: 'erreur', message: erreur instanceof Error ? erreur.message : String(erreur) });
  }
};
