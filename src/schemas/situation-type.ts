/**
 * The TypeScript type of a situation, derived from the field catalogue's entries (champs.ts), so
 * that the zod schemas built from it at run time (situation.ts) keep precise types for the engine.
 */
import type { Structure } from './codes.ts';

type De<E, S extends Structure> = E extends { structures: readonly (infer X)[] }
  ? S extends X
    ? E
    : never
  : never;

type ValeurDe<T, S extends Structure> = T extends { sorte: 'nombre' }
  ? number
  : T extends { sorte: 'booleen' }
    ? boolean
    : T extends { sorte: 'texte' | 'date' }
      ? string
      : T extends { discriminant: true }
        ? S
        : T extends { codes: readonly (infer C)[] }
          ? C
          : T extends { codes: Record<S, readonly (infer C)[]> }
            ? C
            : T extends { sorte: 'liste'; element: infer El }
              ? ValeurDe<El, S>[]
              : never;

type Tete<C> = C extends `${infer H}.${string}` ? H : C;
type Sous<E, P extends string> = E extends { chemin: `${P}${infer R}` }
  ? Omit<E, 'chemin'> & { chemin: R }
  : never;
type Requis<E> = E extends { chemin: infer C; requis: true } ? C : never;

type ValeurCle<E, K extends string, S extends Structure> = [Extract<E, { chemin: K }>] extends [
  never,
]
  ? Objet<Sous<E, `${K}.`>, S>
  : Extract<E, { chemin: K }> extends { type: { sorte: 'liste-objets' } }
    ? Objet<Sous<E, `${K}.#.`>, S>[]
    : Extract<E, { chemin: K }> extends { type: infer T }
      ? ValeurDe<T, S>
      : never;

type Objet<E extends { chemin: string }, S extends Structure> = {
  [K in Extract<Tete<E['chemin']>, Requis<E>>]: ValeurCle<E, K, S>;
} & {
  [K in Exclude<Tete<E['chemin']>, Requis<E>>]?: ValeurCle<E, K, S>;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

/** The situation of a structure as the catalogue `E` describes it. */
export type SituationDe<E extends { chemin: string }, S extends Structure> = Objet<De<E, S>, S>;
