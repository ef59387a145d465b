/** Worker thread: processes the slices that repartir.ts sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { Commande, Reponse } from './repartir.ts';
import { ErreurMoteur, traiterLot } from './traiter-lot.ts';

const port = parentPort;
if (port) {
  port.on('message', ({ numero, valeurs, debut, options }: Commande) => {
    let reponse: Reponse;
    try {
      reponse = { type: 'lot', lot: traiterLot(numero, valeurs, debut, options) };
    } catch (erreur) {
      reponse = {
        type: 'erreur',
        message: erreur instanceof Error ? erreur.message : String(erreur),
        position: erreur instanceof ErreurMoteur ? erreur.position : debut,
      };
    }
    port.postMessage(reponse);
  });
  port.postMessage({ type: 'pret' } satisfies Reponse);
}
