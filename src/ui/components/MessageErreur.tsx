import type { ErreurChamp } from '../../engine/saisie.ts';

/** The French errors of one field, referenced by its input's aria-describedby. */
export function MessageErreur({ id, erreurs }: { id: string; erreurs: readonly ErreurChamp[] }) {
  if (erreurs.length === 0) return null;
  return (
    <p className="erreur" id={`${id}-erreur`}>
      {erreurs.map((e) => e.message).join(' ; ')}
    </p>
  );
}
