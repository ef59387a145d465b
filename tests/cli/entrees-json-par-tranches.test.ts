/**
 * A JSON list is read element by element (ouvrirEntrees, json-par-tranches.ts): the same
 * situations, the same places and, for a malformed text, the same refusal word for word as the
 * whole reading (lireEntrees), on written cases and on texts mutated at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genererSituations } from '../../scripts/generer-situations.ts';
import { indexerListeJson } from '../../src/cli/json-par-tranches.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { lireEntrees, ouvrirEntrees } from '../../src/cli/parse-input.ts';

type Issue = { valeurs: unknown[]; lieux: string[] } | { erreur: string };

function issue(
  lire: () => {
    nombre: number;
    valeurs: (d: number, f: number) => unknown[];
    lieu: (p: number) => string;
  },
): Issue {
  try {
    const e = lire();
    const valeurs = [0, 1, 7, 1000].flatMap((_, k, bornes) =>
      e.valeurs(bornes[k] as number, bornes[k + 1] ?? e.nombre),
    );
    return { valeurs, lieux: valeurs.map((_, i) => e.lieu(i)) };
  } catch (erreur) {
    if (erreur instanceof ErreurUtilisateur) return { erreur: erreur.message };
    throw erreur;
  }
}

const entier = (texte: string): Issue =>
  issue(() => {
    const l = lireEntrees(texte, 'lot.json');
    return { nombre: l.valeurs.length, valeurs: (d, f) => l.valeurs.slice(d, f), lieu: l.lieu };
  });
const parTranches = (texte: string, verifiee = false): Issue =>
  issue(() => {
    const s = ouvrirEntrees(texte, 'lot.json', verifiee);
    return { nombre: s.nombre, valeurs: s.tranche, lieu: s.lieu };
  });

const cas = { id: 'x', expected: {}, input: { structure: 'liberal', dateSignature: '2025-02-01' } };

describe('entrées JSON lues par éléments', () => {
  it.each([
    ['situations générées', JSON.stringify(genererSituations(1_200, 3))],
    ['indentées, CRLF', JSON.stringify(genererSituations(20, 5), null, 2).replace(/\n/g, '\r\n')],
    ['cas de référence', JSON.stringify([cas, cas])],
    ['chaînes avec crochets et guillemets', '[{"reference":"a],[\\"}{,"},\t{"x":[1,[2]]} ,"]"]'],
    ['une seule', ' [ {"structure":"centre"} ] \n'],
  ])('%s : mêmes situations et mêmes lieux', (_nom, texte) => {
    expect(indexerListeJson(texte)).not.toBeNull();
    const attendu = entier(texte);
    expect('valeurs' in attendu).toBe(true);
    expect(parTranches(texte)).toEqual(attendu);
    expect(parTranches(texte, true)).toEqual(attendu);
  });

  it.each([
    ['virgule en trop', '[{"a":1},]'],
    ['élément vide', '[{"a":1},,{"b":2}]'],
    ['liste vide', '[ ]'],
    ['crochet manquant', '[{"a":1}'],
    ['texte après', '[{"a":1}] x'],
    ['chaîne non fermée', '[{"a":"b}]'],
    ['saut de ligne dans une chaîne', '[{"a":"b\nc"}]'],
    ['guillemets simples', "[{'a':1}]"],
    ['échappement invalide', '[{"a":"\\x"}]'],
    ['accolade en trop', '[{"a":1}}]'],
    ['deux valeurs', '[{"a":1} {"b":2}]'],
    ['objet seul', '{"structure":"liberal"} ,'],
  ])('%s : le même refus, mot pour mot', (_nom, texte) => {
    const attendu = entier(texte);
    expect('erreur' in attendu).toBe(true);
    expect(parTranches(texte)).toEqual(attendu);
  });

  it('un texte muté au hasard est lu comme le lit la lecture entière', () => {
    const base = JSON.stringify([...genererSituations(3, 8), cas, 'a"b', [1, { c: '[' }]]);
    const caracteres = fc.constantFrom(...'[]{},:"\\ \n\'0a-');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ position: fc.nat(base.length), retirer: fc.boolean(), c: caracteres }),
          { minLength: 1, maxLength: 3 },
        ),
        (mutations) => {
          let texte = base;
          for (const { position, retirer, c } of mutations)
            texte =
              texte.slice(0, position) +
              (retirer ? '' : c) +
              texte.slice(position + (retirer ? 1 : 0));
          expect(parTranches(texte)).toEqual(entier(texte));
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('une liste de valeurs JSON quelconques donne les mêmes éléments', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }), (valeurs) => {
        const texte = JSON.stringify(valeurs, null, valeurs.length % 2 === 0 ? 1 : undefined);
        expect(parTranches(texte)).toEqual(entier(texte));
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});
