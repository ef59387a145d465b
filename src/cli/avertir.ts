/**
 * Warnings on the error output, each text once per run, whichever thread finds it: the worker
 * (travailleur.ts) sends its own to the main thread (`renvoyerAvertissements`), which writes them
 * through the same `avertir` as its own, so a big batch on two threads says a thing once.
 */
const dits = new Set<string>();
let renvoi: ((texte: string) => void) | null = null;

export function avertir(texte: string): void {
  if (renvoi) return renvoi(texte);
  if (dits.has(texte)) return;
  dits.add(texte);
  process.stderr.write(`${texte}\n`);
}

/** In the worker: warnings go to `envoyer` (a message to the main thread) instead. */
export function renvoyerAvertissements(envoyer: (texte: string) => void): void {
  renvoi = envoyer;
}
