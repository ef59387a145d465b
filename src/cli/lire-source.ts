/** Reads the whole input as bytes (its encoding is found from them): a file, or stdin for `-`. */
import { readFile } from 'node:fs/promises';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

const RAISONS: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  EISDIR: 'c’est un dossier, pas un fichier',
};

async function lireEntreeStandard(): Promise<Uint8Array> {
  const morceaux: Buffer[] = [];
  for await (const morceau of process.stdin) morceaux.push(morceau as Buffer);
  return Buffer.concat(morceaux);
}

export async function lireSource(fichier: string): Promise<{ octets: Uint8Array; nom: string }> {
  if (fichier === '-') return { octets: await lireEntreeStandard(), nom: 'entrée standard' };
  try {
    return { octets: await readFile(fichier), nom: fichier };
  } catch (erreur) {
    const code = (erreur as { code?: string }).code ?? '';
    const raison = RAISONS[code] ?? `lecture impossible${code ? ` (${code})` : ''}`;
    throw new ErreurUtilisateur(`impossible de lire « ${fichier} » : ${raison}`);
  }
}
