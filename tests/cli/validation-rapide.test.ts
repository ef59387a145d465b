/**
 * The fast structural check (src/schemas/verification-rapide.ts) never changes what validation
 * says: on valid situations and on situations mutated field by field from the catalogue, a
 * situation it accepts is one zod accepts, with the same value (keys in the same order), and
 * validerSituation gives exactly zod's answer with its French messages, accepted or not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genererSituations } from '../../scripts/generer-situations.ts';
import {
  CATALOGUE,
  erreursFrancaises,
  schemaDeStructure,
  validerSituation,
  verificationDeStructure,
  type DefChamp,
  type Structure,
} from '../../src/schemas/index.ts';

const CAS = path.resolve(import.meta.dirname, '../../../shared/cases');
const cas = (dossier: string): unknown[] =>
  readdirSync(dossier, { withFileTypes: true }).flatMap((f) =>
    f.isDirectory()
      ? cas(path.join(dossier, f.name))
      : f.name.endsWith('.json')
        ? [
            (JSON.parse(readFileSync(path.join(dossier, f.name), 'utf8')) as { input: unknown })
              .input,
          ]
        : [],
  );

const BASES: unknown[] = [...genererSituations(60, 7), ...cas(CAS)];

/** What validation says when zod alone decides. */
function selonZod(entree: unknown) {
  const structure = (entree as { structure: Structure }).structure;
  const r = schemaDeStructure[structure].safeParse(entree);
  return r.success
    ? { ok: true, situation: r.data }
    : { ok: false, erreurs: erreursFrancaises(r.error.issues, entree) };
}

/** Same values and the same key order at every level. */
const forme = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '<undefined>' : x));

function verifier(entree: unknown): boolean {
  const structure = (entree as { structure: Structure }).structure;
  // Not a structure: refused before either check (validerSituation).
  if (!Object.hasOwn(schemaDeStructure, String(structure))) {
    expect(validerSituation(entree).ok).toBe(false);
    return false;
  }
  const rapide = verificationDeStructure[structure](entree);
  const zod = selonZod(entree);
  if (rapide !== null) {
    expect(zod.ok).toBe(true);
    expect(rapide).toStrictEqual(zod.situation);
    expect(forme(rapide)).toBe(forme(zod.situation));
  }
  expect(validerSituation(entree)).toStrictEqual(zod);
  return rapide !== null;
}

const clone = (v: unknown): unknown => structuredClone(v);

/** Paths of the catalogue with list indices 0 to 2 (`realise.1.mt`). */
const CHEMINS = [
  ...new Set(
    CATALOGUE.flatMap((c) =>
      c.chemin.includes('#') ? [0, 1, 2].map((i) => c.chemin.replace('#', String(i))) : [c.chemin],
    ),
  ),
];

/** Values near every bound of the catalogue, and of every other kind. */
const BORNES = (CATALOGUE as readonly DefChamp[]).flatMap(({ type }) =>
  type.sorte === 'nombre'
    ? [type.auMoins, type.plusQue, type.auPlus].flatMap((b) =>
        b === undefined ? [] : [b, b - 1e-9, b + 1e-9, b - 1, b + 1, b + 0.5],
      )
    : [],
);
const VALEURS: unknown[] = [
  ...BORNES,
  0,
  -0,
  -1,
  0.5,
  1,
  2,
  10,
  11,
  100,
  1e21,
  2 ** 53,
  -(2 ** 53),
  NaN,
  Infinity,
  -Infinity,
  '',
  'x',
  '1',
  'oui',
  'liberal',
  'centre',
  'collectif',
  'demi',
  'P30-P50',
  'convention-2024',
  'ancs-avenant3-2020',
  'collectif-2026',
  'medecine-generale',
  'scm',
  '2',
  '2024-02-29',
  '2023-02-29',
  '1899-12-31',
  '1900-01-01',
  '2199-12-31',
  '2200-01-01',
  '2024-1-01',
  'x'.repeat(100),
  'x'.repeat(101),
  true,
  false,
  null,
  undefined,
  [],
  {},
  [1, 0.5],
  [1, -1],
  Array(11).fill(1),
  [{ mt: 1 }],
  [{ anneeDebut: 1, etp: 1 }],
  [{ anneeDebut: 0, etp: 1 }],
  [{ etp: 1 }],
  { mt: 1 },
  { x: 1 },
];

type Mutation = { chemin: string; valeur: unknown; supprimer: boolean };

function muter(base: unknown, mutations: readonly Mutation[]): unknown {
  const racine = clone(base) as Record<string, unknown>;
  for (const { chemin, valeur, supprimer } of mutations) {
    const segments = chemin.split('.');
    let courant: Record<string, unknown> = racine;
    for (const s of segments.slice(0, -1)) {
      const suivant = courant[s];
      if (suivant === null || typeof suivant !== 'object') {
        courant[s] = /^\d+$/.test(segments[segments.indexOf(s) + 1] ?? '') ? [] : {};
      }
      courant = courant[s] as Record<string, unknown>;
    }
    const fin = segments[segments.length - 1] as string;
    if (supprimer) delete courant[fin];
    else
      Object.defineProperty(courant, fin, {
        value: valeur,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return racine;
}

const mutation = fc.record({
  chemin: fc.oneof(
    fc.constantFrom(...CHEMINS),
    fc.constantFrom('inconnu', 'patientele.inconnu', 'realise.0.x', '__proto__', 'assistants.0.y'),
  ),
  valeur: fc.constantFrom(...VALEURS),
  supprimer: fc.boolean(),
});

describe('vérification rapide de la structure', () => {
  it('accepte les situations valides, avec la valeur que rendrait zod', () => {
    const acceptees = BASES.filter(verifier).length;
    // The generated situations and the liberal and centre reference cases take the fast path.
    expect(acceptees).toBeGreaterThanOrEqual(60);
  });

  it('dit comme zod pour chaque champ du catalogue et chaque valeur, une à une', () => {
    const parStructure = ['liberal', 'centre', 'collectif'].map((s) =>
      BASES.find((b) => (b as { structure: string }).structure === s),
    );
    let acceptees = 0;
    for (const base of parStructure)
      for (const chemin of CHEMINS)
        for (const valeur of VALEURS)
          if (verifier(muter(base, [{ chemin, valeur, supprimer: false }]))) acceptees++;
    expect(acceptees).toBeGreaterThan(500);
  });

  it('ne dit jamais autre chose que zod sur des situations mutées', () => {
    let acceptees = 0;
    let refusees = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (base, mutations) => {
          const entree = muter(base, mutations);
          if (verifier(entree)) acceptees++;
          if (!validerSituation(entree).ok) refusees++;
        },
      ),
      { numRuns: 3000, seed: 13 },
    );
    // Both sides are exercised.
    expect(acceptees).toBeGreaterThan(100);
    expect(refusees).toBeGreaterThan(1000);
  });

  it('refuse les clés inconnues, même héritées, et les listes trouées', () => {
    const base = BASES[0] as Record<string, unknown>;
    const herite = Object.assign(Object.create({ inconnu: 1 }) as object, base);
    expect(verificationDeStructure.liberal(herite)).toBeNull();
    expect(verifier(herite)).toBe(false);
    const atteinte = [1, 1, 1];
    delete atteinte[1];
    const troue = { ...base, atteinte };
    expect(verifier(troue)).toBe(false);
    const proto = JSON.parse(
      `{"__proto__": 1, "structure": "liberal", "dateSignature": "2024-01-01"}`,
    );
    expect(verifier(proto)).toBe(false);
  });
});
