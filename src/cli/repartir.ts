/**
 * Spreads a big input over this thread and one worker thread (the engine is CPU-bound and the
 * target machine has 2 cores). The worker reads the input itself, from the same shared bytes,
 * while this thread reads it too: no situation is copied from one thread to the other. Then both
 * claim slices of TAILLE_LOT situations from one shared counter; the worker's slices come back as
 * their output bytes (transferred, not copied) and every slice is delivered in input order. Slices
 * are claimed at most FENETRE ahead of the last delivered one, so memory stays flat in the number
 * of rows whatever the speed of the output.
 */
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import { avertir } from './avertir.ts';
import { Ecrivain } from './ecrivain.ts';
import type { Source } from './entree.ts';
import type { OptionsSortie } from './format-output.ts';
import {
  FENETRE,
  LIVRES,
  SEUIL_TRAVAILLEUR,
  SUIVANT,
  TAILLE_LOT,
  type Ordre,
  type Reponse,
} from './protocole.ts';
import { ErreurMoteur, traiterTranche, type LotOctets } from './traiter-lot.ts';

export {
  avecTravailleur,
  demarrerTravailleur,
  lancerLecture,
  scriptTravailleur,
  type Commande,
  type Reponse,
} from './protocole.ts';

/** Starts the run in the worker; returns the port where its written buffers go back. */
function partir(
  travailleur: Worker,
  options: OptionsSortie,
  etat: Int32Array,
  nombre: number,
): MessagePort {
  const { MessageChannel } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  const { port1: retour, port2 } = new MessageChannel();
  retour.unref();
  travailleur.ref();
  const depart: Ordre = {
    type: 'depart',
    options,
    etat: etat.buffer as SharedArrayBuffer,
    nombre,
    retour: port2,
  };
  travailleur.postMessage(depart, [port2]);
  return retour;
}

/** Hands a slice's bytes to `livrer`, which calls `fini` once they are written. */
export type Livrer = (lot: LotOctets, fini: () => void) => Promise<void>;

export async function traiterTout(
  entrees: Source,
  options: OptionsSortie,
  livrer: Livrer,
  lecteur: Worker | null = null,
): Promise<void> {
  const nbLots = Math.ceil(entrees.nombre / TAILLE_LOT);
  const etat = new Int32Array(new SharedArrayBuffer(8));
  const prets = new Map<number, LotOctets>();
  const repris: number[] = [];
  let echec: Error | null = null;
  let aLivrer = 0;
  let reveil: (() => void) | null = null;
  const signaler = () => {
    reveil?.();
    reveil = null;
  };

  let travailleur = entrees.nombre >= SEUIL_TRAVAILLEUR ? lecteur : null;
  const abandonner = () => {
    // The worker stopped: this thread takes back the slices it had claimed.
    if (!travailleur) return;
    travailleur = null;
    for (let k = aLivrer; k < Math.min(Atomics.load(etat, SUIVANT), nbLots); k++)
      if (!prets.has(k)) repris.push(k);
    signaler();
  };
  travailleur?.on('message', (reponse: Reponse) => {
    if (reponse.type === 'tranche' && travailleur && reponse.lot.numero >= aLivrer)
      prets.set(reponse.lot.numero, reponse.lot);
    else if (reponse.type === 'erreur') echec = new ErreurMoteur(reponse.message, reponse.position);
    else if (reponse.type === 'illisible') abandonner();
    else if (reponse.type === 'avertissement') avertir(reponse.texte);
    signaler();
  });
  travailleur?.on('error', abandonner);
  travailleur?.on('exit', abandonner);
  const retour = travailleur ? partir(travailleur, options, etat, entrees.nombre) : null;
  const ecrivain = new Ecrivain();
  /** Once written, a buffer goes back to the writer that lent it. */
  const rendre = (octets: Uint8Array, duTravailleur: boolean) => () => {
    if (!duTravailleur) ecrivain.rendre(octets.buffer);
    else if (travailleur) retour?.postMessage(octets.buffer, [octets.buffer as ArrayBuffer]);
  };

  const reclamer = (): number | null => {
    const pris = repris.pop();
    if (pris !== undefined) return pris;
    if (Atomics.load(etat, SUIVANT) >= aLivrer + FENETRE) return null;
    const k = Atomics.add(etat, SUIVANT, 1);
    return k < nbLots ? k : null;
  };
  const mien = new Set<number>();
  let duFil = 0;
  try {
    for (;;) {
      if (echec) throw echec;
      const numero = reclamer();
      if (numero !== null) {
        const debut = numero * TAILLE_LOT;
        const fin = Math.min(entrees.nombre, debut + TAILLE_LOT);
        prets.set(numero, traiterTranche(numero, entrees, debut, fin, options, ecrivain));
        mien.add(numero);
      }
      for (let lot = prets.get(aLivrer); lot; lot = prets.get(aLivrer)) {
        prets.delete(aLivrer);
        const duTravailleur = !mien.delete(aLivrer++);
        if (duTravailleur) duFil++;
        await livrer(lot, rendre(lot.octets, duTravailleur));
        Atomics.store(etat, LIVRES, aLivrer);
        Atomics.notify(etat, LIVRES);
      }
      if (aLivrer >= nbLots) {
        if (process.env.SIMULATEUR_DEBUG)
          process.stderr.write(
            lecteur
              ? `fil de travail : ${duFil} tranches sur ${nbLots}\n`
              : `un seul fil : ${nbLots} tranches\n`,
          );
        return;
      }
      // Let the worker's slices in; sleep only when nothing is left to do here.
      if (numero === null && travailleur) await new Promise<void>((r) => (reveil = r));
      else await new Promise((r) => setImmediate(r));
    }
  } finally {
    const t = lecteur;
    travailleur = null;
    retour?.close();
    t?.removeAllListeners();
    await t?.terminate();
  }
}
