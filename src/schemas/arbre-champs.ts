/**
 * A structure's fields as a tree, in the schema's order: one walk of the field catalogue
 * (champs.ts) from which both the zod schema (zod-champs.ts) and the fast structural check
 * (verification-rapide.ts) are built, so the two cannot disagree on which fields exist, where, and
 * which are required.
 */
import type { DefChamp, TypeChamp } from './champ.ts';

/** A field of the catalogue (`objets`: a list of objects' item fields), or a plain sub-object. */
export type Noeud =
  | { readonly sorte: 'champ'; readonly type: TypeChamp; readonly objets: Cles }
  | { readonly sorte: 'objet'; readonly cles: Cles };

/** The keys of one object level, in order; only `requis` keys may not be absent. */
export type Cles = readonly {
  readonly cle: string;
  readonly requis: boolean;
  readonly noeud: Noeud;
}[];

/** The keys of the object whose fields are `champs` (paths relative to it), in their order. */
export function arbreDesChamps(champs: readonly DefChamp[]): Cles {
  const cles: { cle: string; requis: boolean; noeud: Noeud }[] = [];
  const vues = new Set<string>();
  const sous = (prefixe: string) =>
    champs
      .filter((c) => c.chemin.startsWith(prefixe))
      .map((c) => ({ ...c, chemin: c.chemin.slice(prefixe.length) }));
  for (const { chemin } of champs) {
    const tete = chemin.split('.')[0] as string;
    if (vues.has(tete)) continue;
    vues.add(tete);
    const propre = champs.find((c) => c.chemin === tete);
    const noeud: Noeud = propre
      ? {
          sorte: 'champ',
          type: propre.type,
          objets: propre.type.sorte === 'liste-objets' ? arbreDesChamps(sous(`${tete}.#.`)) : [],
        }
      : { sorte: 'objet', cles: arbreDesChamps(sous(`${tete}.`)) };
    cles.push({ cle: tete, requis: propre?.requis === true, noeud });
  }
  return cles;
}
