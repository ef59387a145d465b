/**
 * `npm run simulate` runs the esbuild bundle (dist-cli/, rebuilt when a source is newer): it must
 * print exactly what the sources print (issue 13: byte-identical output, faster start).
 */
import { describe, expect, it } from 'vitest';
import { lireCasGolden } from '../helpers/cas-golden.ts';
import { CLI, DELAI_PROCESSUS_MS, SOURCES, fichiersTemporaires, lancer } from './lancer-cli.ts';

/** Every golden case, collectif/ included, as one JSON list. */
const tousLesCas = JSON.stringify(lireCasGolden());

describe('ligne de commande construite (dist-cli)', { timeout: DELAI_PROCESSUS_MS * 2 }, () => {
  it.each([
    [['--format', 'csv']],
    [['--explications', '--indente']],
    [['--calendrier', '--format', 'csv']],
  ])('tous les cas de référence, options %j : mêmes octets que les sources', async (options) => {
    const { 'cas.json': cas } = fichiersTemporaires({ 'cas.json': tousLesCas });
    const [sources, bundle] = await Promise.all([
      lancer([cas as string, ...options], undefined, SOURCES),
      lancer([cas as string, ...options], undefined, CLI),
    ]);
    expect(sources.code).toBe(0);
    expect(bundle.code).toBe(0);
    expect(bundle.stdout).toBe(sources.stdout);
    expect(bundle.stdout.length).toBeGreaterThan(1000);
  });
});
