/**
 * The built command line (dist-cli/, code split in chunks) starts its worker thread on a big input
 * and prints the same bytes as the sources: SIMULATEUR_DEBUG makes it say how many slices the
 * worker did, and why it failed if it did (a worker that cannot start is otherwise silent: this
 * thread does all the work, slower).
 */
import { describe, expect, it } from 'vitest';
import { enCsv, genererSituations } from '../../scripts/generer-situations.ts';
import { CLI, DELAI_PROCESSUS_MS, SOURCES, fichiersTemporaires, lancer } from './lancer-cli.ts';

const situations = genererSituations(6_000, 5);

describe('ligne de commande construite, gros lot', { timeout: DELAI_PROCESSUS_MS * 2 }, () => {
  it.each([
    ['situations.json', JSON.stringify(situations), []],
    ['situations.csv', enCsv(situations), ['--format', 'csv']],
  ])(
    '%s : le fil de travail prend part, mêmes octets que les sources',
    async (nom, texte, options) => {
      const { [nom]: fichier } = fichiersTemporaires({ [nom]: texte });
      process.env.SIMULATEUR_DEBUG = '1';
      try {
        const [sources, bundle] = await Promise.all([
          lancer([fichier as string, ...options], undefined, SOURCES),
          lancer([fichier as string, ...options], undefined, CLI),
        ]);
        expect(bundle.code).toBe(0);
        // One line, no error: the worker started (on a loaded machine it may come too late to help).
        expect(bundle.stderr).toMatch(/^fil de travail : [0-6] tranches sur 6\n$/);
        expect(bundle.stdout).toBe(sources.stdout);
      } finally {
        delete process.env.SIMULATEUR_DEBUG;
      }
    },
  );
});
