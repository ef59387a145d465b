#!/usr/bin/env node
/* global process */
/**
 * `npm run simulate`: the command line run by plain node from a bundle (dist-cli/), built by
 * esbuild on `npm ci` (the `prepare` script) and rebuilt here when a source file is newer, so a
 * run never pays tsx's start-up and never uses stale code. `--construire` only builds.
 */
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sortie = path.join(racine, 'dist-cli');
const principal = path.join(sortie, 'main.js');

function plusRecent(dossier) {
  let max = 0;
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = path.join(dossier, entree.name);
    const t = entree.isDirectory() ? plusRecent(chemin) : statSync(chemin).mtimeMs;
    if (t > max) max = t;
  }
  return max;
}

function aJour() {
  try {
    const construit = statSync(principal).mtimeMs;
    return (
      construit >= plusRecent(path.join(racine, 'src')) &&
      construit >= statSync(path.join(racine, 'package-lock.json')).mtimeMs
    );
  } catch {
    return false;
  }
}

async function construire() {
  await build({
    absWorkingDir: racine,
    entryPoints: { main: 'src/cli/main.ts', travailleur: 'src/cli/travailleur.ts' },
    outdir: sortie,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The social model stays in node_modules: cout.ts requires it on first use only.
    external: ['modele-social', 'publicodes'],
    banner: {
      js: "import { createRequire as __creerRequire } from 'node:module'; const require = __creerRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
}

if (process.argv[2] === '--construire') {
  await construire();
} else {
  if (!aJour()) await construire();
  await import(pathToFileURL(principal).href);
}
