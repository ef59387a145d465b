/// <reference lib="webworker" />
/**
 * The batch off the main thread: receives the file's bytes (transferred, not copied), reads,
 * checks and simulates them, and posts the rows slice by slice with the progress, so the page
 * never receives one huge message. Cancelling is the page terminating this worker.
 */
import { traiterFichier, type IssueLot, type LigneLot } from './traitement.ts';

export type MessageVersTravailleur = { octets: ArrayBuffer; nom: string };
export type MessageDuTravailleur =
  | { type: 'tranche'; lignes: LigneLot[]; fait: number; total: number }
  | { type: 'fin'; issue: IssueLot }
  | { type: 'erreur'; message: string };

const poster = (message: MessageDuTravailleur): void => self.postMessage(message);

self.onmessage = async (evenement: MessageEvent<MessageVersTravailleur>) => {
  const { octets, nom } = evenement.data;
  try {
    const issue = await traiterFichier(new Uint8Array(octets), nom, {
      surTranche: (lignes, fait, total) => poster({ type: 'tranche', lignes, fait, total }),
    });
    poster({ type: 'fin', issue });
  } catch (erreur) {
    poster({ type: 'erreur', message: erreur instanceof Error ? erreur.message : String(erreur) });
  }
};
