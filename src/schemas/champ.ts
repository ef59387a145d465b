/** The shape of one entry of the field catalogue (champs.ts), and the words its entries share. */
import { ANNEES_MAX, STRUCTURES, type Structure } from './codes.ts';

/** Bounds of a number: `auMoins` and `auPlus` inclusive, `plusQue` strict. */
export interface Nombre {
  readonly sorte: 'nombre';
  readonly entier?: boolean;
  readonly auMoins?: number;
  readonly plusQue?: number;
  readonly auPlus?: number;
}

/** Codes of an enumeration: the same for every structure, or one list per structure. */
export type Codes = readonly string[] | Readonly<Record<Structure, readonly string[]>>;

export type TypeScalaire =
  | Nombre
  | { readonly sorte: 'booleen' }
  | { readonly sorte: 'texte'; readonly longueurMin?: number; readonly longueurMax?: number }
  /** An ISO date AAAA-MM-JJ (date-iso.ts). */
  | { readonly sorte: 'date' }
  /** `discriminant`: the structure itself, one literal per structure. */
  | { readonly sorte: 'code'; readonly codes: Codes; readonly discriminant?: boolean };

export type TypeChamp =
  | TypeScalaire
  | { readonly sorte: 'liste'; readonly element: TypeScalaire; readonly max: number }
  /** Its fields are the entries `<path>.#.<field>`. */
  | { readonly sorte: 'liste-objets'; readonly max: number };

/**
 * How the simulator's wizard asks the field (ui/wizard/Champ.tsx); a field without one is not a
 * question of the wizard (asked on the results page, or only read from files).
 */
export type Widget =
  | 'choix-structure'
  | 'choix'
  | 'choix-option'
  | 'oui-non-inconnu'
  | 'recherche'
  | 'liste-deroulante'
  | 'date'
  | 'pourcentage'
  | 'liste-assistants'
  | 'entier'
  | 'decimal';

export interface OptionsChamp {
  /** Absent from a valid situation is an error (every other field is optional). */
  readonly requis?: boolean;
  readonly widget?: Widget;
  /** Not an answer of the simulator nor a key of its URL: read from files and JSON only. */
  readonly fichiersSeulement?: boolean;
  /** The French header of the field in files (our template, lot.html's reference). */
  readonly intitule?: string;
  /** Other French headers accepted, as keys (fichiers/alias.ts `cleAlias`). */
  readonly entetes?: readonly string[];
}

/**
 * One field: its public path (dotted; `#` stands for a list index: `realise.#.mt`), the structures
 * whose situation has it, what it holds. Its wording in the simulator is `champs[<answer key>]` of
 * ui/messages/fr.ts (fr-collectif.ts for a group), the answer key being the path without `.#`.
 */
export interface DefChamp extends OptionsChamp {
  readonly chemin: string;
  readonly structures: readonly Structure[];
  readonly type: TypeChamp;
}

/** The codes of an enumeration for a structure. */
export function codesDe(codes: Codes, structure: Structure): readonly string[] {
  return Array.isArray(codes)
    ? codes
    : (codes as Readonly<Record<Structure, readonly string[]>>)[structure];
}

export function champ<
  const C extends string,
  const S extends readonly Structure[],
  const T extends TypeChamp,
  const O extends OptionsChamp = Record<never, never>,
>(chemin: C, structures: S, type: T, options?: O): { chemin: C; structures: S; type: T } & O {
  return { chemin, structures, type, ...(options as O) };
}

export const code = <const C extends Codes>(codes: C) => ({ sorte: 'code', codes }) as const;
export const NOMBRE = { sorte: 'nombre' } as const;
export const POSITIF = { sorte: 'nombre', auMoins: 0 } as const;
export const ENTIER_POSITIF = { sorte: 'nombre', entier: true, auMoins: 0 } as const;
export const STRICTEMENT_POSITIF = { sorte: 'nombre', plusQue: 0 } as const;
/** A contract year, 1 to 10. */
export const ANNEE = { sorte: 'nombre', entier: true, auMoins: 1, auPlus: ANNEES_MAX } as const;
export const BOOLEEN = { sorte: 'booleen' } as const;

export const TOUTES = STRUCTURES;
export const LIBERAL = ['liberal'] as const;
export const CENTRE = ['centre'] as const;
export const COLLECTIF = ['collectif'] as const;
export const LIBERAL_CENTRE = ['liberal', 'centre'] as const;

/** A yes/no question: Oui, Non or Je ne sais pas, none preselected (ui/state/inconnues.ts). */
export const OUI_NON = 'oui-non-inconnu';
