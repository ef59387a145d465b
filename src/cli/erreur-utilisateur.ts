/** A user error (bad option, unreadable or malformed file): one French line, exit code 2. */
export class ErreurUtilisateur extends Error {
  override name = 'ErreurUtilisateur';
}

export const CODE_SORTIE = { ok: 0, interne: 1, utilisateur: 2 } as const;

/** Ends the messages about options. */
export const VOIR_AIDE = 'voir « npm run simulate -- --help »';
