/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { sourceServiceWorker } from './src/hors-ligne/service-worker.ts';

const racine = fileURLToPath(new URL('.', import.meta.url));
/** Every *.html at the root is a page with its own entry: a page never weighs on another's first load. */
const pages = Object.fromEntries(
  readdirSync(racine)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), `${racine}${f}`]),
);

/**
 * Content-Security-Policy of the built pages: only the app's own origin (no request elsewhere, no
 * inline script). Added at build time only: the dev server needs inline scripts for hot reload.
 */
export const POLITIQUE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Headers of `npm start`'s server (vite preview), on every response, worker and sw.js included:
 * the policy above plus what a meta tag cannot say (no framing by any site), no MIME sniffing,
 * no referrer. Static hosts should send the same (README, « En-têtes de sécurité »).
 */
export const ENTETES_SECURITE: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${POLITIQUE_CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The dev server keeps what does not break hot reload (its inline scripts need no CSP). */
const ENTETES_DEV: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

const csp = (): Plugin => ({
  name: 'csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: POLITIQUE_CSP },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * The simulator's first load: every module its page reaches by static imports (React, the page
 * frame, the first step, the styles), known once the module graph is built. What it imports
 * dynamically (the wizard, results, rules engine, offline support) stays out. The page and its
 * script (src/ui/pages/simulateur/main.tsx) stay in the page's entry file: it renders the
 * simulator, a shared file must not.
 */
const premierChargement = new Set<string>();
const grapheDuPremierChargement = (): Plugin => ({
  name: 'premier-chargement',
  apply: 'build',
  buildEnd() {
    const page = pages.index!;
    const script = `${racine}src/ui/pages/simulateur/main.tsx`;
    premierChargement.clear();
    const vus = new Set<string>();
    const aVisiter = [page];
    for (let id = aVisiter.pop(); id !== undefined; id = aVisiter.pop()) {
      if (vus.has(id)) continue;
      vus.add(id);
      if (id !== page && id !== script) premierChargement.add(id);
      aVisiter.push(...(this.getModuleInfo(id)?.importedIds ?? []));
    }
  },
});

/** Lists every file of public/ (copied as is into dist/), as paths relative to the site root. */
function fichiersPublics(dossier = `${racine}public`, prefixe = ''): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? fichiersPublics(`${dossier}/${e.name}`, `${prefixe}${e.name}/`)
      : [`${prefixe}${e.name}`],
  );
}

/** Offline: dist/sw.js precaches every built file; its version is a hash of their names. */
const serviceWorker = (): Plugin => ({
  name: 'service-worker',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const fichiers = [...Object.keys(bundle), ...fichiersPublics()]
      .filter((f) => !f.endsWith('.map'))
      .sort()
      .map((f) => `./${f}`);
    const version = createHash('sha256').update(fichiers.join('\n')).digest('hex').slice(0, 12);
    this.emitFile({
      type: 'asset',
      fileName: 'sw.js',
      source: sourceServiceWorker(fichiers, version),
    });
  },
});

export default defineConfig({
  plugins: [react(), csp(), serviceWorker(), grapheDuPremierChargement()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: pages,
      output: {
        // What the simulator's first view needs, in one chunk (pages that share part of it load it
        // whole, from cache): split across several files it compresses worse.
        codeSplitting: {
          groups: [{ name: 'simulateur', test: (id) => premierChargement.has(id) }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: ENTETES_SECURITE },
  server: { headers: ENTETES_DEV },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // The CLI tests run the built command line (dist-cli/), built once here.
    globalSetup: ['tests/construire-cli.ts'],
    // Sized for a loaded 2-core machine (issue 9): a test ends as soon as its assertions hold, so
    // generous limits cost nothing when the machine is idle; they only stop a hung test.
    // One test file per core (vitest's default keeps one core free: a single worker on the 2-core
    // machines of CI). A whole `vitest run`, idle: 305 s with one worker, 167 s with two.
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
