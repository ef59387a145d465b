#!/usr/bin/env node
/* global process */
/**
 * `npm run simulate`: the command line run by plain node from a bundle (dist-cli/), built by
 * esbuild on `npm ci` (the `prepare` script) and rebuilt here when one of its sources is newer, so
 * a run never pays tsx's start-up and never uses stale code. `--construire` only builds.
 * Start-up counts (one situation, issue 13): esbuild is loaded only to build; the sources checked
 * are the bundle's own inputs, listed at build time (entrees.json); the Excel reader and writers
 * are chunks of their own, compiled only when an Excel file comes or goes.
 * package.json runs it with `node --v8-pool-size=1`: a batch on two threads keeps both cores busy,
 * and V8's default of four background threads (compilers, collector) then took turns with them.
 * 100 000 situations, farm-bench pairs of 5 (30 Nov 2026, two threads): CSV → CSV 0.92× wall,
 * JSON → JSON 0.95×, CSV → JSON 0.96×, same bytes. With one thread (`--fils=auto` on 2 cores) it
 * is neutral (0.95–1.03×).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * Turbofan inlines less (V8's default budget is 920 bytes of bytecode per optimised function): the
 * engine has some 200 hot functions, and with the default their optimisation took 2.0 s of CPU on
 * the compiler thread for 100 000 situations (`node --trace-opt`), against 0.07 s for the plain-Node
 * floor; with 150, 0.65–0.73 s. On 2 cores that thread competes with the batch: the first 12 000
 * rows ran 3–5× slower than the later ones. Set here, before the bundle is loaded, so that
 * `node scripts/simulate.mjs` and `npm run simulate` both have it; it is process-wide (workers
 * too). Farm-bench pairs (30 Nov 2026, 100 000 situations, same bytes): CSV → CSV 0.95× wall and
 * 0.79× CPU, JSON → JSON 0.95× / 0.82×, CSV → JSON 0.96× / 0.79×, two threads 0.77× / 0.78×; one
 * situation 1.01× and 400 000 rows 1.00× (neutral).
 */
const INLINING = '--max-inlined-bytecode-size-cumulative=150';
const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sortie = path.join(racine, 'dist-cli');
const principal = path.join(sortie, 'main.js');
const entrees = path.join(sortie, 'entrees.json');

/** Built after every input of the last build was last changed (and after the lockfile). */
function aJour() {
  try {
    const { debut, fichiers } = JSON.parse(readFileSync(entrees, 'utf8'));
    statSync(principal);
    return [...fichiers, 'package-lock.json'].every(
      (f) => statSync(path.join(racine, f)).mtimeMs < debut,
    );
  } catch {
    return false;
  }
}

async function construire() {
  const debut = Date.now();
  const { build } = await import('esbuild');
  const { metafile } = await build({
    absWorkingDir: racine,
    entryPoints: { main: 'src/cli/main.ts', travailleur: 'src/cli/travailleur.ts' },
    outdir: sortie,
    bundle: true,
    splitting: true,
    chunkNames: 'morceaux/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    // The social model stays in node_modules: cout.ts requires it on first use only.
    external: ['modele-social', 'publicodes'],
    banner: {
      js: "import { createRequire as __creerRequire } from 'node:module'; const require = __creerRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  // Chunks of earlier builds go; the list of sources is written last, once all is in place.
  const produits = new Set(Object.keys(metafile.outputs).map((f) => path.resolve(racine, f)));
  const morceaux = path.join(sortie, 'morceaux');
  for (const f of existsSync(morceaux) ? readdirSync(morceaux) : []) {
    if (!produits.has(path.join(morceaux, f))) rmSync(path.join(morceaux, f), { force: true });
  }
  const fichiers = Object.keys(metafile.inputs).filter((f) => !f.includes('node_modules'));
  writeFileSync(entrees, JSON.stringify({ debut, fichiers }));
}

if (process.argv[2] === '--construire') {
  await construire();
} else {
  if (!aJour()) await construire();
  setFlagsFromString(INLINING);
  await import(pathToFileURL(principal).href);
}
