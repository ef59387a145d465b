/**
 * `--fils=auto|1|2` (arguments.ts) and the choice of a worker thread it makes with the machine's
 * cores (protocole.ts, avecTravailleur). The built command line's bytes with 1, 2 and auto
 * threads are compared in cli-construite-fil.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lireArguments } from '../../src/cli/arguments.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { avecTravailleur, COEURS_TRAVAILLEUR } from '../../src/cli/protocole.ts';

describe('--fils', () => {
  it.each([
    [['lot.csv'], 'auto'],
    [['lot.csv', '--fils=1'], 1],
    [['lot.csv', '--fils', '2'], 2],
    [['--fils=auto', 'lot.csv'], 'auto'],
    [['lot.csv', '--fils=2', '--fils=1'], 1],
  ] as const)('%j → %s', (args, fils) => {
    expect(lireArguments(args).fils).toBe(fils);
  });

  it.each([
    [
      ['lot.csv', '--fils=3'],
      'valeur inconnue pour l’option --fils : « 3 » (auto, 1 ou 2 attendu)',
    ],
    [['lot.csv', '--fils=deux'], 'valeur inconnue pour l’option --fils : « deux »'],
    [['lot.csv', '--fils='], 'l’option --fils attend une valeur : auto, 1 ou 2'],
    [['lot.csv', '--fils'], 'l’option --fils attend une valeur : auto, 1 ou 2'],
  ])('%j : message en français qui nomme l’option', (args, message) => {
    expect(() => lireArguments(args)).toThrow(ErreurUtilisateur);
    expect(() => lireArguments(args)).toThrow(message);
  });

  it('auto : un second fil à partir de 3 cœurs ; 1 et 2 quelle que soit la machine', () => {
    expect(COEURS_TRAVAILLEUR).toBe(3);
    expect([1, 2, 3, 4, 16].map((c) => avecTravailleur('auto', c))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    expect([1, 2, 16].map((c) => avecTravailleur(1, c))).toEqual([false, false, false]);
    expect([1, 2, 16].map((c) => avecTravailleur(2, c))).toEqual([true, true, true]);
  });
});
