/**
 * Worker thread of repartir.ts. A whole run: reads the input from its bytes (`entree`), then, on
 * `depart`, claims slices from the shared counter, up to FENETRE ahead of the delivered ones, and
 * sends each back as bytes (transferred). A single slice given by its values (`Commande`) is
 * answered with its text.
 */
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { renvoyerAvertissements } from './avertir.ts';
import { sourceDe, type Source } from './entree.ts';
import { Ecrivain } from './ecrivain.ts';
import { estExcel, lireExcel } from './excel.ts';
import type { OptionsSortie } from './format-output.ts';
import { ouvrirEntrees } from './parse-input.ts';
import {
  FENETRE,
  LIVRES,
  SUIVANT,
  TAILLE_LOT,
  type Commande,
  type Ordre,
  type Reponse,
} from './protocole.ts';
import { ErreurMoteur, traiterLot, traiterTranche } from './traiter-lot.ts';

const echec = (erreur: unknown, position: number): Reponse => ({
  type: 'erreur',
  message: erreur instanceof Error ? erreur.message : String(erreur),
  position: erreur instanceof ErreurMoteur ? erreur.position : position,
});

const port = parentPort;
let lecture: Promise<Source | null> = Promise.resolve(null);

/** The input as the main thread reads it (main.ts). */
async function lire(octets: Uint8Array, nom: string): Promise<Source | null> {
  try {
    return estExcel(octets, nom)
      ? sourceDe(await lireExcel(octets, nom))
      : ouvrirEntrees(octets, nom, true);
  } catch {
    // This thread reads the same bytes and says what is wrong with them.
    return null;
  }
}

/** Waits until the claimed slices are less than FENETRE ahead of the delivered ones. */
function attendreFenetre(etat: Int32Array): void {
  for (;;) {
    const livres = Atomics.load(etat, LIVRES);
    if (Atomics.load(etat, SUIVANT) < livres + FENETRE) return;
    Atomics.wait(etat, LIVRES, livres, 1000);
  }
}

/** Claims and processes slices until none is left. */
function traiterTranches(
  entrees: Source,
  options: OptionsSortie,
  etat: Int32Array,
  retour: MessagePort,
) {
  if (!port) return;
  const nbLots = Math.ceil(entrees.nombre / TAILLE_LOT);
  const ecrivain = new Ecrivain();
  for (;;) {
    attendreFenetre(etat);
    // The buffers written by the main thread since the last slice.
    for (let m = receiveMessageOnPort(retour); m; m = receiveMessageOnPort(retour))
      ecrivain.rendre(m.message as ArrayBuffer);
    const numero = Atomics.add(etat, SUIVANT, 1);
    if (numero >= nbLots) return;
    const debut = numero * TAILLE_LOT;
    let reponse: Reponse;
    try {
      const fin = Math.min(entrees.nombre, debut + TAILLE_LOT);
      const lot = traiterTranche(numero, entrees, debut, fin, options, ecrivain);
      reponse = { type: 'tranche', lot };
    } catch (erreur) {
      port.postMessage(echec(erreur, debut));
      return;
    }
    port.postMessage(reponse, [reponse.lot.octets.buffer as ArrayBuffer]);
  }
}

if (port) {
  renvoyerAvertissements((texte) =>
    port.postMessage({ type: 'avertissement', texte } satisfies Reponse),
  );
  port.on('message', async (message: Commande | Ordre) => {
    if ('valeurs' in message) {
      const { numero, valeurs, debut, options } = message;
      let reponse: Reponse;
      try {
        reponse = { type: 'lot', lot: traiterLot(numero, valeurs, debut, options) };
      } catch (erreur) {
        reponse = echec(erreur, debut);
      }
      port.postMessage(reponse);
    } else if (message.type === 'entree') {
      lecture = lire(message.octets, message.nom);
      void lecture.then(() => port.postMessage({ type: 'lu' } satisfies Reponse));
    } else {
      const lu = await lecture;
      if (lu === null || lu.nombre !== message.nombre) {
        port.postMessage({ type: 'illisible' } satisfies Reponse);
        return;
      }
      traiterTranches(lu, message.options, new Int32Array(message.etat), message.retour);
      message.retour.close();
    }
  });
  port.postMessage({ type: 'pret' } satisfies Reponse);
}
