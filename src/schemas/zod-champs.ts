/**
 * The zod schema of each structure's situation, built from the field catalogue (champs.ts): a
 * strict object per level (unknown fields are typos), every field optional unless `requis`, lists
 * bounded. The French messages come from the issues zod reports (erreurs.ts).
 */
import * as z from 'zod/mini';
import { codesDe, type DefChamp, type TypeChamp, type TypeScalaire } from './champ.ts';
import type { Structure } from './codes.ts';
import { estDateIso } from './date-iso.ts';

type Schema = z.ZodMiniType;

function nombre(type: Extract<TypeScalaire, { sorte: 'nombre' }>): Schema {
  const verifications = [
    ...(type.entier ? [z.int()] : []),
    ...(type.auMoins !== undefined ? [z.gte(type.auMoins)] : []),
    ...(type.plusQue !== undefined ? [z.gt(type.plusQue)] : []),
    ...(type.auPlus !== undefined ? [z.lte(type.auPlus)] : []),
  ];
  return verifications.length > 0 ? z.number().check(...verifications) : z.number();
}

function scalaire(type: TypeScalaire, structure: Structure): Schema {
  switch (type.sorte) {
    case 'nombre':
      return nombre(type);
    case 'booleen':
      return z.boolean();
    case 'texte': {
      const verifications = [
        ...(type.longueurMin !== undefined ? [z.minLength(type.longueurMin)] : []),
        ...(type.longueurMax !== undefined ? [z.maxLength(type.longueurMax)] : []),
      ];
      return verifications.length > 0 ? z.string().check(...verifications) : z.string();
    }
    case 'date':
      return z.string().check(z.refine(estDateIso, { message: 'date-invalide' }));
    case 'code': {
      if (type.discriminant) return z.literal(structure);
      return z.enum(codesDe(type.codes, structure) as [string, ...string[]]);
    }
  }
}

/** `objets`: the schema of one item of a list of objects. */
function schemaDuType(type: TypeChamp, structure: Structure, objets: () => Schema): Schema {
  if (type.sorte === 'liste')
    return z.array(scalaire(type.element, structure)).check(z.maxLength(type.max));
  if (type.sorte === 'liste-objets') return z.array(objets()).check(z.maxLength(type.max));
  return scalaire(type, structure);
}

/** The shape of the object whose fields are `champs` (paths relative to it), in their order. */
function forme(champs: readonly DefChamp[], structure: Structure): Record<string, Schema> {
  const shape: Record<string, Schema> = {};
  const sous = (prefixe: string) =>
    champs
      .filter((c) => c.chemin.startsWith(prefixe))
      .map((c) => ({ ...c, chemin: c.chemin.slice(prefixe.length) }));
  for (const { chemin } of champs) {
    const tete = chemin.split('.')[0] as string;
    if (Object.hasOwn(shape, tete)) continue;
    const propre = champs.find((c) => c.chemin === tete);
    const schema = propre
      ? schemaDuType(propre.type, structure, () =>
          z.strictObject(forme(sous(`${tete}.#.`), structure)),
        )
      : z.strictObject(forme(sous(`${tete}.`), structure));
    shape[tete] = propre?.requis ? schema : z.optional(schema);
  }
  return shape;
}

/** The strict object of a structure's situation, as the catalogue describes it. */
export function schemaDesChamps(catalogue: readonly DefChamp[], structure: Structure) {
  return z.strictObject(
    forme(
      catalogue.filter((c) => c.structures.includes(structure)),
      structure,
    ),
  );
}
