/**
 * The zod schema of each structure's situation, built from the field catalogue (champs.ts): a
 * strict object per level (unknown fields are typos), every field optional unless `requis`, lists
 * bounded. The French messages come from the issues zod reports (erreurs.ts).
 */
import * as z from 'zod/mini';
import { arbreDesChamps, type Cles, type Noeud } from './arbre-champs.ts';
import { codesDe, type DefChamp, type TypeScalaire } from './champ.ts';
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

/** The schema of a node of the catalogue's tree. */
function schemaDuNoeud(noeud: Noeud, structure: Structure): Schema {
  if (noeud.sorte === 'objet') return z.strictObject(forme(noeud.cles, structure));
  const { type } = noeud;
  if (type.sorte === 'liste')
    return z.array(scalaire(type.element, structure)).check(z.maxLength(type.max));
  if (type.sorte === 'liste-objets')
    return z.array(z.strictObject(forme(noeud.objets, structure))).check(z.maxLength(type.max));
  return scalaire(type, structure);
}

/** The shape of an object level, in the catalogue's order. */
function forme(cles: Cles, structure: Structure): Record<string, Schema> {
  const shape: Record<string, Schema> = {};
  for (const { cle, requis, noeud } of cles) {
    const schema = schemaDuNoeud(noeud, structure);
    shape[cle] = requis ? schema : z.optional(schema);
  }
  return shape;
}

/** The strict object of a structure's situation, as the catalogue describes it. */
export function schemaDesChamps(catalogue: readonly DefChamp[], structure: Structure) {
  return z.strictObject(
    forme(arbreDesChamps(catalogue.filter((c) => c.structures.includes(structure))), structure),
  );
}
