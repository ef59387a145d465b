/**
 * Update prompt in a real browser. A copy of the build (dist/) is served by a small static server
 * started here, so that the test can deploy a second version without touching dist/: version 2 is
 * version 1 with another precache version in sw.js (what makes the browser install a new worker)
 * and a marker in index.html (to see which version the page runs).
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIST = path.resolve('dist');
const MARQUEUR = '<meta name="version-deployee" content="2" />';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

interface Site {
  origine: string;
  fermer: () => Promise<void>;
}

/** Serves `dossier` as `vite preview` does (no-cache: every file revalidated), read on each request. */
async function servir(dossier: string): Promise<Site> {
  const serveur = createServer((req, res) => {
    const chemin = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const fichier = path.join(dossier, chemin.endsWith('/') ? `${chemin}index.html` : chemin);
    if (!fichier.startsWith(dossier + path.sep)) return void res.writeHead(403).end();
    readFile(fichier).then(
      (contenu) =>
        res
          .writeHead(200, {
            'Content-Type': TYPES[path.extname(fichier)] ?? 'application/octet-stream',
            'Cache-Control': 'no-cache',
          })
          .end(contenu),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    origine: `http://127.0.0.1:${port}`,
    fermer: () =>
      new Promise((ok) => {
        serveur.close(() => ok());
        serveur.closeAllConnections();
      }),
  };
}

/** The cache name of the served sw.js: `simulateur-` and the version computed at build time. */
async function cacheServi(dossier: string): Promise<string> {
  const source = await readFile(path.join(dossier, 'sw.js'), 'utf8');
  const cache = /const CACHE = "(simulateur-[0-9a-f]+)";/.exec(source)?.[1];
  if (!cache) throw new Error('version introuvable dans sw.js');
  return cache;
}

/** Deploys version 2 over the served copy; returns its cache name. */
async function deployerVersion2(dossier: string): Promise<string> {
  const v1 = await cacheServi(dossier);
  const sw = path.join(dossier, 'sw.js');
  const source = await readFile(sw, 'utf8');
  const v2 = `simulateur-${createHash('sha256').update(`${v1} 2`).digest('hex').slice(0, 12)}`;
  await writeFile(sw, source.replace(v1, v2));
  const index = path.join(dossier, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<head>', `<head>${MARQUEUR}`));
  return v2;
}

const cachesDeLaPage = (page: Page) => page.evaluate(() => caches.keys());

/** Whether a worker controls the page, and the state of each slot of its registration. */
const etat = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return {
      controle: navigator.serviceWorker.controller !== null,
      active: r?.active?.state ?? null,
      installing: r?.installing?.state ?? null,
      waiting: r?.waiting?.state ?? null,
    };
  });
const STABLE = { controle: true, active: 'activated', installing: null, waiting: null };

test('une nouvelle version déployée est proposée, et le bouton recharge la page sur elle', async ({
  page,
}) => {
  const dossier = await mkdtemp(path.join(tmpdir(), 'mise-a-jour-'));
  await cp(DIST, dossier, { recursive: true });
  const site = await servir(dossier);
  try {
    const v1 = await cacheServi(dossier);
    const bandeau = page
      .getByRole('status')
      .filter({ hasText: 'Une nouvelle version du simulateur est disponible.' });
    const marqueur = page.locator('meta[name="version-deployee"]');

    // Version 1: the first visit installs its worker, which takes control without any prompt.
    await page.goto(`${site.origine}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => etat(page)).toEqual(STABLE);
    expect(await cachesDeLaPage(page)).toEqual([v1]);
    await expect(bandeau).toHaveCount(0);

    // Version 2 is deployed; the next visit still runs version 1 (from its cache) and offers the
    // update. Chromium checks sw.js a moment after the navigation, then the new worker precaches
    // every file before it waits: about 2.5 s here, hence the longer wait.
    const v2 = await deployerVersion2(dossier);
    await page.reload();
    await expect(bandeau).toBeVisible({ timeout: 15_000 });
    expect((await etat(page)).waiting).toBe('installed');
    await expect(marqueur).toHaveCount(0);

    // The button hands over to version 2: the page reloads onto it and the prompt is gone.
    await bandeau.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect(marqueur).toHaveCount(1, { timeout: 10_000 });
    await expect.poll(() => etat(page)).toEqual(STABLE);
    expect(await cachesDeLaPage(page)).toEqual([v2]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(bandeau).toHaveCount(0);
  } finally {
    await site.fermer();
    await rm(dossier, { recursive: true, force: true });
  }
});
