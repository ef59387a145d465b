/**
 * Type of every situation field, read from the zod schemas (so the CSV reader never drifts from
 * them). Paths are dotted; `#` stands for an array index (`realise.#.mt`).
 */
import { schemaDeStructure } from '../engine/index.ts';

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

interface Def {
  type: string;
  entries?: Record<string, string>;
  values?: readonly unknown[];
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
}

const NATURES: Record<string, Nature> = {
  number: 'nombre',
  boolean: 'booleen',
  string: 'texte',
  enum: 'texte',
  literal: 'texte',
};

function parcourir(def: Def, chemin: string, catalogue: Map<string, TypeChamp>): void {
  if (def.type === 'optional' && def.innerType)
    return parcourir(def.innerType._zod.def, chemin, catalogue);
  const nature = NATURES[def.type];
  if (nature) {
    const codes = def.entries
      ? Object.values(def.entries)
      : def.values?.filter((v): v is string => typeof v === 'string');
    const avant = catalogue.get(chemin);
    const deja = avant?.sorte === 'scalaire' ? avant.valeurs : undefined;
    const valeurs = codes?.length ? [...new Set([...(deja ?? []), ...codes])] : undefined;
    catalogue.set(chemin, { sorte: 'scalaire', nature, ...(valeurs ? { valeurs } : {}) });
    return;
  }
  if (def.type === 'object' && def.shape) {
    for (const [cle, schema] of Object.entries(def.shape)) {
      parcourir(schema._zod.def, chemin ? `${chemin}.${cle}` : cle, catalogue);
    }
    return;
  }
  if (def.type === 'array' && def.element) {
    const element = def.element._zod.def;
    const natureElement = NATURES[element.type];
    if (natureElement) catalogue.set(chemin, { sorte: 'liste', nature: natureElement });
    else {
      catalogue.set(chemin, { sorte: 'liste-objets' });
      parcourir(element, `${chemin}.#`, catalogue);
    }
  }
}

type Schema = (typeof schemaDeStructure)[keyof typeof schemaDeStructure];

function construire(
  schemas: readonly Schema[] = Object.values(schemaDeStructure),
): Map<string, TypeChamp> {
  const catalogue = new Map<string, TypeChamp>();
  for (const schema of schemas) {
    parcourir(schema._zod.def as unknown as Def, '', catalogue);
  }
  return catalogue;
}

/** The structures (`liberal`, `centre`, `collectif`) whose situation has each field. */
export function structuresDesChamps(): Map<string, string[]> {
  const structures = new Map<string, string[]>();
  for (const [structure, schema] of Object.entries(schemaDeStructure)) {
    for (const chemin of construire([schema]).keys())
      structures.set(chemin, [...(structures.get(chemin) ?? []), structure]);
  }
  return structures;
}

/** Field types of every structure merged (a field has the same type in each). */
export const CHAMPS: ReadonlyMap<string, TypeChamp> = construire();
