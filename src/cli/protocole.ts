/**
 * Between the main thread and its worker (repartir.ts, travailleur.ts): the messages, the shared
 * counters, and how the worker starts.
 */
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { OptionsSortie } from './format-output.ts';
import type { Lot, LotOctets } from './traiter-lot.ts';

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
  /** A warning for the error output, written once by the main thread (avertir.ts). */
  | { type: 'avertissement'; texte: string }
  | { type: 'erreur'; message: string; position: number };

export const TAILLE_LOT = 1000;
export const FENETRE = 8;
/** Cells of the shared counters: next slice to claim, slices delivered. */
export const SUIVANT = 0;
export const LIVRES = 1;
/** Below this, the worker (about a tenth of a second to start, then its own reading) is not used. */
export const SEUIL_TRAVAILLEUR = 5000;
/**
 * Cores from which `--fils=auto` starts the worker. On the project's 2-core machine, one thread
 * alone was as fast or faster at every size measured, with a quarter to a third less CPU and a
 * fifth less memory (farm-bench, alternated pairs, 30 Nov 2026: 100 000 CSV → CSV 0.94× wall,
 * CSV → JSON 0.98×, JSON → JSON 0.99×; 200 000 CSV → CSV 0.96×): two copies of the command run
 * side by side there each take 1.7× as long as one alone, so a second thread gains little, and it
 * pays its own start, reading and warm-up. With a third core, the worker has a core of its own.
 */
export const COEURS_TRAVAILLEUR = 3;

/**
 * Whether a big input gets a worker thread: `--fils=1` never, `--fils=2` always, `auto` from
 * COEURS_TRAVAILLEUR cores (`coeurs`: os.availableParallelism()).
 */
export const avecTravailleur = (fils: 'auto' | 1 | 2, coeurs: number): boolean =>
  fils === 'auto' ? coeurs >= COEURS_TRAVAILLEUR : fils === 2;
/**
 * Inputs from this size (about SEUIL_TRAVAILLEUR situations: a JSON situation takes some 300
 * bytes, a CSV row some 90) get a worker started before this thread reads them.
 */
const SEUIL_OCTETS = { json: 800_000, csv: 400_000 };

/** JSON when the first non-blank byte opens an object or a list (a guess is enough here). */
const estJson = (octets: Uint8Array): boolean => {
  const debut = Buffer.from(octets.buffer, octets.byteOffset, Math.min(octets.length, 256));
  return /^\s*[[{]/.test(debut.toString('latin1'));
};

/**
 * travailleur.ts next to `base`, the URL of an entry point (main.ts): built, shared code may sit in
 * a chunk of its own, elsewhere than the entry points.
 */
export const scriptTravailleur = (base: string): URL =>
  new URL(base.endsWith('.ts') ? './travailleur.ts' : './travailleur.js', base);

/** The worker thread of travailleur.ts, from the built files or from the sources (tsx). */
export function demarrerTravailleur(script = scriptTravailleur(import.meta.url)): Worker {
  // Loaded on first use: a small input never pays for it.
  const { Worker } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  if (!script.href.endsWith('.ts')) return new Worker(script);
  // Run from sources by tsx: the worker must register tsx itself before loading TypeScript.
  const tsx = import.meta.resolve('tsx/esm/api');
  const amorce = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(amorce, { eval: true });
}

/**
 * A worker that reads a big input at once, while this thread reads it too; null for a small one.
 * If it fails, this thread does the whole work (SIMULATEUR_DEBUG prints why).
 */
export function lancerLecture(octets: Uint8Array, nom: string, script?: URL): Worker | null {
  if (octets.length < SEUIL_OCTETS[estJson(octets) ? 'json' : 'csv']) return null;
  const travailleur = demarrerTravailleur(script);
  travailleur.on('error', (erreur) => {
    if (process.env.SIMULATEUR_DEBUG) process.stderr.write(`fil de travail : ${erreur.stack}\n`);
  });
  // Until the run starts, it never holds the process.
  travailleur.unref();
  // Shared memory (lire-source.ts) crosses without a copy; other bytes are copied.
  travailleur.postMessage({ type: 'entree', octets, nom } satisfies Ordre);
  return travailleur;
}
