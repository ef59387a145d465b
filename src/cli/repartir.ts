/**
 * Spreads a big input over this thread and one worker thread (the engine is CPU-bound and the
 * target machine has 2 cores): slices of TAILLE_LOT situations are handed out on demand, and the
 * processed lots are delivered in input order.
 */
import { Worker } from 'node:worker_threads';
import type { OptionsSortie } from './format-output.ts';
import { ErreurMoteur, traiterLot, type Lot } from './traiter-lot.ts';

export interface Commande {
  numero: number;
  valeurs: unknown[];
  debut: number;
  options: OptionsSortie;
}

export type Reponse =
  | { type: 'pret' }
  | { type: 'lot'; lot: Lot }
  | { type: 'erreur'; message: string; position: number };

const TAILLE_LOT = 1000;
/** Below this, starting a worker (about half a second) costs more than it saves. */
const SEUIL_TRAVAILLEUR = 5000;

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

export async function traiterTout(
  valeurs: readonly unknown[],
  options: OptionsSortie,
  livrer: (lot: Lot) => Promise<void>,
): Promise<void> {
  const nbLots = Math.ceil(valeurs.length / TAILLE_LOT);
  const commande = (numero: number): Commande => ({
    numero,
    valeurs: valeurs.slice(numero * TAILLE_LOT, (numero + 1) * TAILLE_LOT),
    debut: numero * TAILLE_LOT,
    options,
  });
  const prets = new Map<number, Lot>();
  const rendus: number[] = [];
  const etat = { suivant: 0, confie: null as number | null, echec: null as Error | null };
  let reveil: (() => void) | null = null;
  const signaler = () => {
    reveil?.();
    reveil = null;
  };

  let travailleur = valeurs.length >= SEUIL_TRAVAILLEUR ? demarrerTravailleur() : null;
  const confier = () => {
    etat.confie = travailleur && etat.suivant < nbLots ? etat.suivant++ : null;
    if (etat.confie !== null) travailleur?.postMessage(commande(etat.confie));
  };
  const abandonner = () => {
    // The worker failed to run: this thread takes its slice back.
    if (etat.confie !== null) rendus.push(etat.confie);
    etat.confie = null;
    travailleur = null;
    signaler();
  };
  travailleur?.on('message', (reponse: Reponse) => {
    if (reponse.type === 'erreur') etat.echec = new ErreurMoteur(reponse.message, reponse.position);
    else {
      if (reponse.type === 'lot') prets.set(reponse.lot.numero, reponse.lot);
      confier();
    }
    signaler();
  });
  travailleur?.on('error', abandonner);
  travailleur?.on('exit', abandonner);

  let aLivrer = 0;
  try {
    for (;;) {
      if (etat.echec) throw etat.echec;
      const numero = rendus.pop() ?? (etat.suivant < nbLots ? etat.suivant++ : null);
      if (numero !== null) {
        const { valeurs: tranche, debut } = commande(numero);
        prets.set(numero, traiterLot(numero, tranche, debut, options));
      }
      for (let lot = prets.get(aLivrer); lot; lot = prets.get(aLivrer)) {
        prets.delete(aLivrer++);
        await livrer(lot);
      }
      if (aLivrer >= nbLots) return;
      // Let the worker's messages in; sleep only when nothing is left to do here.
      if (numero === null) await new Promise<void>((resoudre) => (reveil = resoudre));
      else await new Promise((resoudre) => setImmediate(resoudre));
    }
  } finally {
    const t = travailleur;
    travailleur = null;
    t?.removeAllListeners();
    await t?.terminate();
  }
}
