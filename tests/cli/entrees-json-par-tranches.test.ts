/**
 * A JSON list is read element by element (ouvrirEntrees, json-par-tranches.ts): the same
 * situations, the same places and, for a malformed text, the same refusal word for word as the
 * whole reading (lireEntrees), on written cases and on texts mutated at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genererSituations } from '../../scripts/generer-situations.ts';
import { indexerListeJson, octetsListeJson } from '../../src/cli/json-par-tranches.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { lireEntrees, ouvrirEntrees } from '../../src/cli/parse-input.ts';
import { sourceDe, type Source } from '../../src/cli/entree.ts';

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
/** Read from its UTF-8 bytes (as the command line reads a file), or from the text itself. */
const parTranches = (texte: string, verifiee = false, octets = true): Issue =>
  issue(() => {
    const s = ouvrirEntrees(octets ? Buffer.from(texte) : texte, 'lot.json', verifiee);
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
    expect(indexerListeJson(Buffer.from(texte))).not.toBeNull();
    const attendu = entier(texte);
    expect('valeurs' in attendu).toBe(true);
    expect(parTranches(texte)).toEqual(attendu);
    expect(parTranches(texte, true)).toEqual(attendu);
    expect(parTranches(texte, false, false)).toEqual(attendu);
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
    expect(parTranches(texte, false, false)).toEqual(attendu);
  });

  it.each([
    ['accents, UTF-8', Buffer.from('[{"reference":"Dr Émile Noël €"}]'), 'lot.json'],
    ['BOM UTF-8', Buffer.from('\uFEFF [{"reference":"é"}]'), 'lot.json'],
    ['Windows-1252', Buffer.from('[{"reference":"\xE9"}]', 'latin1'), 'lot.json'],
    ['UTF-16 LE', Buffer.from('\uFEFF[{"reference":"é"}]', 'utf16le'), 'lot.json'],
    ['sans extension', Buffer.from('\n[{"a":1}]'), 'entrée standard'],
    ['nommé .csv', Buffer.from('[{"a":1}]'), 'lot.csv'],
    ['octet nul', Buffer.from('[{"a":"\u0000"}]\u0000'), 'lot.json'],
  ])('%s : comme la lecture entière', (_nom, octets, nom) => {
    const lire = (f: () => Source) =>
      issue(() => {
        const s = f();
        return { nombre: s.nombre, valeurs: s.tranche, lieu: s.lieu };
      });
    const attendu = lire(() => sourceDe(lireEntrees(octets, nom)));
    // Only plain UTF-8 lists are read from their bytes; the others are read whole.
    expect(octetsListeJson(octets, nom) !== null).toBe(
      ['accents, UTF-8', 'BOM UTF-8', 'sans extension'].includes(_nom),
    );
    expect(lire(() => ouvrirEntrees(octets, nom))).toEqual(attendu);
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
          expect(parTranches(texte, false, false)).toEqual(entier(texte));
        },
      ),
      { numRuns: 1000, seed: 13 },
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
