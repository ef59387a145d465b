/**
 * Reads the whole input as bytes (its encoding is found from them): a file, or stdin for `-`. The
 * bytes land in a SharedArrayBuffer, so the worker thread of a big input reads the same memory
 * without a copy (repartir.ts).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

const RAISONS: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  EISDIR: 'c’est un dossier, pas un fichier',
};

const MORCEAU = 1 << 16;

/** Chunks as one shared buffer. */
function partage(morceaux: readonly Uint8Array[], total: number): Uint8Array {
  const octets = new Uint8Array(new SharedArrayBuffer(total));
  let fin = 0;
  for (const m of morceaux) {
    octets.set(m, fin);
    fin += m.length;
  }
  return octets;
}

async function lireEntreeStandard(): Promise<Uint8Array> {
  const morceaux: Buffer[] = [];
  let total = 0;
  for await (const morceau of process.stdin) {
    morceaux.push(morceau as Buffer);
    total += (morceau as Buffer).length;
  }
  return partage(morceaux, total);
}

/** A regular file in one read of its size; a pipe (or a file that grew) takes more chunks. */
function lireFichier(fd: number): Uint8Array {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  const morceaux: Uint8Array[] = [];
  let total = 0;
  for (let taille = stat.isFile() && stat.size > 0 ? stat.size : MORCEAU; ; taille = MORCEAU) {
    const tampon = new Uint8Array(new SharedArrayBuffer(taille));
    let rempli = 0;
    while (rempli < taille) {
      const lus = readSync(fd, tampon, rempli, taille - rempli, null);
      if (lus === 0) break;
      rempli += lus;
    }
    if (rempli > 0 || morceaux.length === 0) morceaux.push(tampon.subarray(0, rempli));
    total += rempli;
    if (rempli < taille) break;
  }
  return morceaux.length === 1 ? (morceaux[0] as Uint8Array) : partage(morceaux, total);
}

export async function lireSource(fichier: string): Promise<{ octets: Uint8Array; nom: string }> {
  if (fichier === '-') return { octets: await lireEntreeStandard(), nom: 'entrée standard' };
  let fd: number | null = null;
  try {
    fd = openSync(fichier, 'r');
    return { octets: lireFichier(fd), nom: fichier };
  } catch (erreur) {
    const code = (erreur as { code?: string }).code ?? '';
    const raison = RAISONS[code] ?? `lecture impossible${code ? ` (${code})` : ''}`;
    throw new ErreurUtilisateur(`impossible de lire « ${fichier} » : ${raison}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
