/**
 * Type of every situation field in a file (CSV, Excel), from the field catalogue of the schemas
 * (src/schemas/champs.ts), so the reader never drifts from them. Paths are dotted; `#` stands for
 * an array index (`realise.#.mt`). Fields come in the catalogue's column order.
 */
import { CHAMPS_SITUATION } from '../schemas/champs.ts';
import { codesDe, type DefChamp, type TypeScalaire } from '../schemas/champ.ts';
import { STRUCTURES } from '../schemas/codes.ts';

export type Nature = 'nombre' | 'booleen' | 'texte';

export type TypeChamp =
  | {
      sorte: 'scalaire';
      nature: Nature;
      /** Allowed codes of an enum or literal field (every structure's merged), else absent. */
      valeurs?: readonly string[];
    }
  | { sorte: 'liste'; nature: Nature }
  | { sorte: 'liste-objets' };

/** Dates and codes are written as text in a cell. */
function nature(type: TypeScalaire): Nature {
  return type.sorte === 'nombre' || type.sorte === 'booleen' ? type.sorte : 'texte';
}

function typeEnFichier(champ: DefChamp): TypeChamp {
  const type = champ.type;
  if (type.sorte === 'liste-objets') return { sorte: 'liste-objets' };
  if (type.sorte === 'liste') return { sorte: 'liste', nature: nature(type.element) };
  if (type.sorte !== 'code') return { sorte: 'scalaire', nature: nature(type) };
  const structures = STRUCTURES.filter((s) => champ.structures.includes(s));
  const valeurs = [...new Set(structures.flatMap((s) => codesDe(type.codes, s)))];
  return { sorte: 'scalaire', nature: 'texte', ...(valeurs.length > 0 ? { valeurs } : {}) };
}

/** The structures (`liberal`, `centre`, `collectif`) whose situation has each field. */
export function structuresDesChamps(): Map<string, string[]> {
  return new Map(
    CHAMPS_SITUATION.map((c) => [c.chemin, STRUCTURES.filter((s) => c.structures.includes(s))]),
  );
}

/** Field types of every structure merged (a field has the same type in each). */
export const CHAMPS: ReadonlyMap<string, TypeChamp> = new Map(
  CHAMPS_SITUATION.map((c) => [c.chemin, typeEnFichier(c)]),
);
