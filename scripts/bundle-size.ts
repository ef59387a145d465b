/**
 * First-load JavaScript budget, as a ratio to a bare React 19 page built by the same Vite in the
 * same run (both gzipped at level 9 with node:zlib). Run after `vite build` (`npm run budget`).
 *
 * First load = the JS files dist/index.html references (module script and modulepreload links);
 * chunks loaded on demand (the rest of the wizard, the results screen) are not counted. Fails above
 * RATIO_MAX.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Issue 13: the simulator's first load is React, its page frame and its first step. */
const RATIO_MAX = 1.15;
const RATIO_CIBLE = 1.05;

const racine = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(racine, 'dist');

const gz = (fichier: string) => gzipSync(readFileSync(fichier), { level: 9 }).length;
const kib = (octets: number) => `${(octets / 1024).toFixed(1)} KiB`;

/** JS files of an index.html: `<script src>` and `<link rel="modulepreload" href>`, local only. */
function jsPremierChargement(dossier: string): string[] {
  const html = readFileSync(join(dossier, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const balise of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const estScript = /^<script/i.test(balise);
    if (!estScript && !/\brel=["']?modulepreload\b/i.test(balise)) continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(balise)?.[1];
    if (!url || /^(https?:)?\/\//.test(url) || !url.endsWith('.js')) continue;
    refs.add(join(dossier, url.replace(/^\.?\//, '')));
  }
  return [...refs];
}

function fichiers(dossier: string): string[] {
  return readdirSync(dossier).flatMap((nom) => {
    const chemin = join(dossier, nom);
    return statSync(chemin).isDirectory() ? fichiers(chemin) : [chemin];
  });
}

/** A bare React 19 page, built inside node_modules so that react resolves to this repo's copy. */
async function construireReactNu(): Promise<string> {
  const dossier = join(racine, 'node_modules', '.cache', 'bare-react');
  rmSync(dossier, { recursive: true, force: true });
  mkdirSync(dossier, { recursive: true });
  writeFileSync(
    join(dossier, 'index.html'),
    '<!doctype html>\n<html lang="fr"><head><meta charset="UTF-8" /><title>React</title></head>' +
      '<body><div id="app"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(dossier, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('app')!).render(<h1>Bonjour</h1>);\n",
  );
  const sortie = join(dossier, 'dist');
  await build({
    root: dossier,
    logLevel: 'silent',
    configFile: false,
    base: './',
    plugins: [react()],
    build: { outDir: sortie, emptyOutDir: true },
  });
  return sortie;
}

const app = jsPremierChargement(dist);
if (app.length === 0)
  throw new Error(`Aucun script dans ${join(dist, 'index.html')} : lancez vite build.`);
const reactNu = jsPremierChargement(await construireReactNu());

const tailleApp = app.reduce((s, f) => s + gz(f), 0);
const tailleReact = reactNu.reduce((s, f) => s + gz(f), 0);
const ratio = tailleApp / tailleReact;

console.log('JavaScript du premier chargement (gzip niveau 9) :');
for (const f of app) console.log(`  ${relative(racine, f)}  ${kib(gz(f))}`);
console.log(`  application      ${kib(tailleApp)}`);
console.log(`  React 19 nu      ${kib(tailleReact)}`);
console.log(`  rapport          ${ratio.toFixed(2)} (cible ${RATIO_CIBLE}, maximum ${RATIO_MAX})`);

const tous = fichiers(dist).filter((f) => ['.js', '.css'].includes(extname(f)));
const brut = tous.reduce((s, f) => s + statSync(f).size, 0);
const comprime = tous.reduce((s, f) => s + gz(f), 0);
console.log(
  `Tout le JS et le CSS de dist/ (${tous.length} fichiers) : ${kib(brut)}, ${kib(comprime)} gzip`,
);

if (ratio > RATIO_MAX) {
  console.error(`Budget dépassé : ${ratio.toFixed(2)} × React nu > ${RATIO_MAX}.`);
  process.exit(1);
}
if (ratio > RATIO_CIBLE) {
  console.log(`Note : au-dessus de la cible de ${RATIO_CIBLE} × React nu, sous le maximum.`);
}
