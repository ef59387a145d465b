/**
 * Spreads a big input over this thread and one worker thread (the engine is CPU-bound and the
 * target machine has 2 cores). The worker reads the input itself, from a copy of its bytes, while
 * this thread reads it too: no situation is copied from one thread to the other. Then both claim
 * slices of TAILLE_LOT situations from one shared counter; the worker's slices come back as their
 * output bytes (transferred, not copied) and every slice is delivered in input order. Slices are
 * claimed at most FENETRE ahead of the last delivered one, so memory stays flat in the number of
 * rows whatever the speed of the output.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { OptionsSortie } from './format-output.ts';
import { Ecrivain } from './ecrivain.ts';
import { ErreurMoteur, traiterLotOctets, type Lot, type LotOctets } from './traiter-lot.ts';

/** A slice given by its values (the worker answers with a `lot` as text). */
export interface Commande {
  numero: number;
  valeurs: unknown[];
  debut: number;
  options: OptionsSortie;
}

/** A whole run: the input's bytes first, then the output options and the shared counters. */
export type Ordre =
  | { type: 'entree'; octets: Uint8Array; nom: string }
  | {
      type: 'depart';
      options: OptionsSortie;
      etat: SharedArrayBuffer;
      nombre: number;
      /** Where the worker's buffers come back once written (transferred). */
      retour: MessagePort;
    };

export type Reponse =
  | { type: 'pret' }
  /** The input is read (whether it could be or not). */
  | { type: 'lu' }
  | { type: 'lot'; lot: Lot }
  | { type: 'tranche'; lot: LotOctets }
  | { type: 'illisible' }
  | { type: 'erreur'; message: string; position: number };

export const TAILLE_LOT = 1000;
export const FENETRE = 8;
/** Cells of the shared counters: next slice to claim, slices delivered. */
export const SUIVANT = 0;
export const LIVRES = 1;
/** Below this, the worker (about a tenth of a second to start, then its own reading) is not used. */
const SEUIL_TRAVAILLEUR = 5000;
/** Inputs from this size get a worker started before this thread reads them. */
const SEUIL_OCTETS = 256 * 1024;

/** The worker thread of travailleur.ts, from the built files or from the sources (tsx). */
export function demarrerTravailleur(): Worker {
  const script = new URL(
    import.meta.url.endsWith('.ts') ? './travailleur.ts' : './travailleur.js',
    import.meta.url,
  );
  if (!import.meta.url.endsWith('.ts')) return new Worker(script);
  // Run from sources by tsx: the worker must register tsx itself before loading TypeScript.
  const tsx = import.meta.resolve('tsx/esm/api');
  const amorce = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(amorce, { eval: true });
}

/** A worker that reads a big input at once, while this thread reads it too; null for a small one. */
export function lancerLecture(octets: Uint8Array, nom: string): Worker | null {
  if (octets.length < SEUIL_OCTETS) return null;
  const travailleur = demarrerTravailleur();
  // Until the run starts, a failing worker is just not used, and it never holds the process.
  travailleur.on('error', () => undefined);
  travailleur.unref();
  // Shared memory (lire-source.ts) crosses without a copy; other bytes are copied.
  travailleur.postMessage({ type: 'entree', octets, nom } satisfies Ordre);
  return travailleur;
}

/** Hands a slice's bytes to `livrer`, which calls `fini` once they are written. */
export type Livrer = (lot: LotOctets, fini: () => void) => Promise<void>;

export async function traiterTout(
  valeurs: readonly unknown[],
  options: OptionsSortie,
  livrer: Livrer,
  lecteur: Worker | null = null,
): Promise<void> {
  const nbLots = Math.ceil(valeurs.length / TAILLE_LOT);
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

  let travailleur = valeurs.length >= SEUIL_TRAVAILLEUR ? lecteur : null;
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
    signaler();
  });
  travailleur?.on('error', abandonner);
  travailleur?.on('exit', abandonner);
  travailleur?.ref();
  const { port1: retour, port2: retourTravailleur } = new MessageChannel();
  retour.unref();
  travailleur?.postMessage(
    {
      type: 'depart',
      options,
      etat: etat.buffer as SharedArrayBuffer,
      nombre: valeurs.length,
      retour: retourTravailleur,
    } satisfies Ordre,
    [retourTravailleur],
  );
  const ecrivain = new Ecrivain();
  /** Once written, a buffer goes back to the writer that lent it. */
  const rendre = (octets: Uint8Array, duTravailleur: boolean) => () => {
    if (!duTravailleur) ecrivain.rendre(octets.buffer);
    else if (travailleur) retour.postMessage(octets.buffer, [octets.buffer as ArrayBuffer]);
  };

  const reclamer = (): number | null => {
    const pris = repris.pop();
    if (pris !== undefined) return pris;
    if (Atomics.load(etat, SUIVANT) >= aLivrer + FENETRE) return null;
    const k = Atomics.add(etat, SUIVANT, 1);
    return k < nbLots ? k : null;
  };
  const mien = new Set<number>();
  try {
    for (;;) {
      if (echec) throw echec;
      const numero = reclamer();
      if (numero !== null) {
        const debut = numero * TAILLE_LOT;
        const tranche = valeurs.slice(debut, debut + TAILLE_LOT);
        prets.set(numero, traiterLotOctets(numero, tranche, debut, options, ecrivain));
        mien.add(numero);
      }
      for (let lot = prets.get(aLivrer); lot; lot = prets.get(aLivrer)) {
        prets.delete(aLivrer);
        const duTravailleur = !mien.delete(aLivrer++);
        await livrer(lot, rendre(lot.octets, duTravailleur));
        Atomics.store(etat, LIVRES, aLivrer);
        Atomics.notify(etat, LIVRES);
      }
      if (aLivrer >= nbLots) return;
      // Let the worker's slices in; sleep only when nothing is left to do here.
      if (numero === null && travailleur) await new Promise<void>((r) => (reveil = r));
      else await new Promise((r) => setImmediate(r));
    }
  } finally {
    const t = lecteur;
    travailleur = null;
    retour.close();
    t?.removeAllListeners();
    await t?.terminate();
  }
}
