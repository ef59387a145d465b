/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
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

const PREMIER_CHARGEMENT = new RegExp(
  [
    String.raw`node_modules[\/](react|react-dom|scheduler|zod)[\/]`,
    String.raw`src[\/]schemas[\/]`,
    String.raw`src[\/]engine[\/](?!annexes|regles[\/](calendrier|cout)|parametres[\/](calendrier|catalogue|sources|cout-assistant)|explication[\/]libelles)`,
    String.raw`src[\/]ui[\/](wizard|components)[\/]`,
    String.raw`src[\/]ui[\/]state[\/](?!variantes)`,
    String.raw`src[\/]ui[\/](messages[\/]fr|format|App)\.tsx?$`,
  ].join('|'),
);

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
  plugins: [react(), csp(), serviceWorker()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: pages,
      output: {
        // What the simulator's first view needs, in one chunk (pages that share part of it load it
        // whole, from cache): split across several files it compresses worse.
        codeSplitting: { groups: [{ name: 'simulateur', test: PREMIER_CHARGEMENT }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
  },
});
