/// <reference lib="webworker" />
/**
 * The batch off the main thread: receives the file's bytes (transferred, not copied), and keeps
 * its rows here (serveur.ts) for the page's later questions: pages of rows, exports. The page only
 * ever receives small messages. Cancelling, or leaving the batch, is the page terminating this
 * worker.
 */
import { creerServeur, type Reponse, type Requete } from './serveur.ts';

const recevoir = creerServeur((reponse: Reponse) => self.postMessage(reponse));

self.onmessage = (evenement: MessageEvent<Requete>) => void recevoir(evenement.data);
