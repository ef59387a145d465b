/**
 * The fast structural check of a situation, built from the same tree of the field catalogue as the
 * zod schema (arbre-champs.ts): it accepts a situation that is plainly valid and returns what zod
 * would return for it (a copy, keys in the schema's order, lists copied), or REFUS when it is not
 * sure. A refused situation goes to zod, which accepts it or explains why in French
 * (erreurs.ts), so the messages never come from here. Anything unusual is refused: a value of
 * another type, a number out of bounds, an unknown key, an integer beyond the safe range.
 */
import { arbreDesChamps, type Cles, type Noeud } from './arbre-champs.ts';
import { codesDe, type DefChamp, type TypeScalaire } from './champ.ts';
import type { Structure } from './codes.ts';
import { estDateIso } from './date-iso.ts';

/** Not sure: let zod decide. */
export const REFUS: unique symbol = Symbol('refus');

type Copie = (valeur: unknown) => unknown;
type Test = (valeur: unknown) => boolean;

function nombre(type: Extract<TypeScalaire, { sorte: 'nombre' }>): Test {
  const min = type.auMoins ?? -Infinity;
  const strict = type.plusQue ?? -Infinity;
  const max = type.auPlus ?? Infinity;
  const entier = type.entier === true;
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!entier || Number.isSafeInteger(v)) &&
    v >= min &&
    v > strict &&
    v <= max;
}

function scalaire(type: TypeScalaire, structure: Structure): Test {
  switch (type.sorte) {
    case 'nombre':
      return nombre(type);
    case 'booleen':
      return (v) => typeof v === 'boolean';
    case 'texte': {
      const min = type.longueurMin ?? 0;
      const max = type.longueurMax ?? Infinity;
      return (v) => typeof v === 'string' && v.length >= min && v.length <= max;
    }
    case 'date':
      return (v) => typeof v === 'string' && estDateIso(v);
    case 'code': {
      if (type.discriminant) return (v) => v === structure;
      const codes = new Set<unknown>(codesDe(type.codes, structure));
      return (v) => codes.has(v);
    }
  }
}

/** A list of at most `max` items, each copied by `element` (its items in order, no hole). */
function liste(max: number, element: Copie): Copie {
  return (v) => {
    if (!Array.isArray(v) || v.length > max) return REFUS;
    const copie: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const c = element(v[i]);
      if (c === REFUS) return REFUS;
      copie.push(c);
    }
    return copie;
  };
}

function copieDuNoeud(noeud: Noeud, structure: Structure): Copie {
  if (noeud.sorte === 'objet') return objet(noeud.cles, structure);
  const { type } = noeud;
  if (type.sorte === 'liste') {
    const test = scalaire(type.element, structure);
    return liste(type.max, (v) => (test(v) ? v : REFUS));
  }
  if (type.sorte === 'liste-objets') return liste(type.max, objet(noeud.objets, structure));
  const test = scalaire(type, structure);
  return (v) => (test(v) ? v : REFUS);
}

/**
 * A strict object as zod reads it: every key (own or inherited, enumerable) known; a required key
 * present and valid; an optional key present is copied, even undefined, an absent one is not.
 */
function objet(cles: Cles, structure: Structure): Copie {
  const connues = new Set(cles.map((c) => c.cle));
  const plan = cles.map(({ cle, requis, noeud }) => ({
    cle,
    requis,
    copier: copieDuNoeud(noeud, structure),
  }));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REFUS;
    for (const cle in v) if (!connues.has(cle)) return REFUS;
    const source = v as Record<string, unknown>;
    const copie: Record<string, unknown> = {};
    for (const { cle, requis, copier } of plan) {
      if (!(cle in source)) {
        if (requis) return REFUS;
        continue;
      }
      const valeur = source[cle];
      if (valeur === undefined && !requis) {
        copie[cle] = undefined;
        continue;
      }
      const c = copier(valeur);
      if (c === REFUS) return REFUS;
      copie[cle] = c;
    }
    return copie;
  };
}

/** The fast check of a structure's situation, from the catalogue (champs.ts). */
export function verificationRapide(catalogue: readonly DefChamp[], structure: Structure): Copie {
  return objet(
    arbreDesChamps(catalogue.filter((c) => c.structures.includes(structure))),
    structure,
  );
}
