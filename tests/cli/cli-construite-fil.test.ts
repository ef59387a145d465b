/**
 * The built command line (dist-cli/, code split in chunks) starts its worker thread on a big input
 * when asked (`--fils=2`, or `auto` from COEURS_TRAVAILLEUR cores) and prints the same bytes as the
 * sources: SIMULATEUR_DEBUG makes it say how many slices the worker did, and why it failed if it
 * did (a worker that cannot start is otherwise silent: this thread does all the work, slower).
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { enCsv, genererSituations } from '../../scripts/generer-situations.ts';
import { COEURS_TRAVAILLEUR } from '../../src/cli/protocole.ts';
import { CLI, DELAI_PROCESSUS_MS, SOURCES, fichiersTemporaires, lancer } from './lancer-cli.ts';

const situations = genererSituations(6_000, 5);
const AVEC_FIL = /^fil de travail : [0-6] tranches sur 6\n$/;
const SEUL = /^un seul fil : 6 tranches\n$/;

const DEBUG = { SIMULATEUR_DEBUG: '1' };

/** Runs the built CLI with SIMULATEUR_DEBUG, and the sources next to it. */
async function deuxFois(args: string[]) {
  const [sources, bundle] = await Promise.all([
    lancer(args, undefined, SOURCES),
    lancer(args, undefined, CLI, DEBUG),
  ]);
  return { sources, bundle };
}

describe('ligne de commande construite, gros lot', { timeout: DELAI_PROCESSUS_MS * 2 }, () => {
  it.each([
    ['situations.json', JSON.stringify(situations), []],
    ['situations.csv', enCsv(situations), ['--format', 'csv']],
  ])(
    '%s : avec --fils=2 le fil de travail prend part, mêmes octets que les sources',
    async (nom, texte, options) => {
      const { [nom]: fichier } = fichiersTemporaires({ [nom]: texte });
      const { sources, bundle } = await deuxFois([fichier as string, ...options, '--fils=2']);
      expect(bundle.code).toBe(0);
      // One line, no error: the worker started (on a loaded machine it may come too late to help).
      expect(bundle.stderr).toMatch(AVEC_FIL);
      expect(bundle.stdout).toBe(sources.stdout);
    },
  );

  it('--fils=1, et auto selon les cœurs de la machine : mêmes octets qu’avec deux fils', async () => {
    const { 'situations.csv': fichier } = fichiersTemporaires({
      'situations.csv': enCsv(situations),
    });
    const args = [fichier as string, '--format', 'csv'];
    const [un, auto, deux] = await Promise.all([
      lancer([...args, '--fils', '1'], undefined, CLI, DEBUG),
      lancer(args, undefined, CLI, DEBUG),
      lancer([...args, '--fils=2'], undefined, CLI),
    ]);
    expect(un.code).toBe(0);
    expect(un.stderr).toMatch(SEUL);
    expect(auto.stderr).toMatch(availableParallelism() >= COEURS_TRAVAILLEUR ? AVEC_FIL : SEUL);
    expect(deux.stdout.split('\n')).toHaveLength(6_002);
    expect(un.stdout).toBe(deux.stdout);
    expect(auto.stdout).toBe(deux.stdout);
  });
});
