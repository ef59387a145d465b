/** Reads the whole input: a file, or the standard input for `-`. */
import { readFile } from 'node:fs/promises';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

const RAISONS: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  EISDIR: 'c’est un dossier, pas un fichier',
};

async function lireEntreeStandard(): Promise<string> {
  const morceaux: Buffer[] = [];
  for await (const morceau of process.stdin) morceaux.push(morceau as Buffer);
  return Buffer.concat(morceaux).toString('utf8');
}

export async function lireSource(fichier: string): Promise<{ texte: string; nom: string }> {
  if (fichier === '-') return { texte: await lireEntreeStandard(), nom: 'entrée standard' };
  try {
    return { texte: await readFile(fichier, 'utf8'), nom: fichier };
  } catch (erreur) {
    const code = (erreur as { code?: string }).code ?? '';
    const raison = RAISONS[code] ?? `lecture impossible${code ? ` (${code})` : ''}`;
    throw new ErreurUtilisateur(`impossible de lire « ${fichier} » : ${raison}`);
  }
}
