/** Stable DOM ids derived from a field path (`assistants.0.etp` → `champ-assistants-0-etp`). */
export function idChamp(champ: string): string {
  return `champ-${champ.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The `aria-describedby` value for an input with optional help and error. */
export function decritPar(id: string, aide: boolean, erreur: boolean): string | undefined {
  const ids = [aide ? `${id}-aide` : '', erreur ? `${id}-erreur` : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}
