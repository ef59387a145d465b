/**
 * Writing to the standard output: chunks as they come, waiting when the pipe is full. A closed
 * pipe (`… | head`) ends the run quietly; any other write error (disk full…) ends it with a French
 * message and exit code 2, never as an « erreur interne ».
 */
import { once } from 'node:events';
import { CODE_SORTIE } from './erreur-utilisateur.ts';

const RAISONS: Record<string, string> = {
  ENOSPC: 'disque plein',
  EDQUOT: 'quota de disque dépassé',
  EFBIG: 'fichier trop gros pour le système de fichiers',
  EIO: 'erreur d’entrée-sortie du disque',
  EBADF: 'sortie standard fermée',
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  EROFS: 'système de fichiers en lecture seule',
};

interface ErreurSysteme {
  code?: unknown;
  syscall?: unknown;
}

/** An error of the system while writing (not a bug of the simulator). */
export function estErreurEcriture(erreur: unknown): erreur is Error & ErreurSysteme {
  const e = erreur as ErreurSysteme | null;
  return erreur instanceof Error && typeof e?.code === 'string' && e.syscall === 'write';
}

export function messageErreurEcriture(erreur: ErreurSysteme): string {
  const code = typeof erreur.code === 'string' ? erreur.code : '';
  const raison = RAISONS[code] ?? 'écriture refusée par le système';
  return `impossible d’écrire la sortie : ${raison}${code ? ` (${code})` : ''}`;
}

/** Ends the process on an error of the standard output, whenever it comes. */
export function surveillerSortie(flux: NodeJS.WriteStream): void {
  flux.on('error', (erreur: NodeJS.ErrnoException) => {
    if (erreur.code === 'EPIPE') process.exit(process.exitCode ?? CODE_SORTIE.ok);
    process.stderr.write(`erreur : ${messageErreurEcriture(erreur)}\n`);
    process.exit(CODE_SORTIE.utilisateur);
  });
}

export async function ecrire(
  flux: NodeJS.WritableStream,
  morceau: string | Uint8Array,
): Promise<void> {
  if (morceau.length > 0 && !flux.write(morceau)) await once(flux, 'drain');
}

/** Writes bytes lent by their writer (ecrivain.ts): `fini` once the stream is done with them. */
export async function ecrirePrete(
  flux: NodeJS.WritableStream,
  octets: Uint8Array,
  fini: () => void,
): Promise<void> {
  if (octets.length === 0) fini();
  else if (!flux.write(octets, () => fini())) await once(flux, 'drain');
}
