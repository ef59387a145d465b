/**
 * The Content-Security-Policy allows only the app's own origin: a full journey raises no violation,
 * and a script that tries to reach another origin is refused by the browser. The server sends the
 * security headers on every response (pages, scripts, the batch worker, sw.js), so no other site
 * can frame a page.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import {
  atteinteLiberal,
  ecouterViolations,
  ORIGINE,
  parcoursLiberal,
  violations,
} from './aide.ts';

test('la politique de sécurité du contenu n’autorise que l’origine de l’application', async ({
  page,
}) => {
  await ecouterViolations(page);
  await parcoursLiberal(page);
  await atteinteLiberal(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await violations(page)).toEqual([]);
});

test('une requête vers une autre origine est bloquée par le navigateur', async ({ page }) => {
  await ecouterViolations(page);
  await page.goto('./');
  const issue = await page.evaluate(() =>
    fetch('https://exemple.invalid/fuite').then(
      () => 'envoyée',
      () => 'refusée',
    ),
  );
  expect(issue).toBe('refusée');
  // Reported once per policy that refuses it: the meta tag's and the server header's.
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
  for (const v of await violations(page))
    expect(v).toMatch(/^connect-src https:\/\/exemple\.invalid/);
});

/** The batch worker's built file (its name carries a hash). */
const travailleur = readdirSync('dist/assets').find((f) => /^travailleur-.*\.js$/.test(f));

test.describe('en-têtes de sécurité envoyés par le serveur', () => {
  for (const chemin of ['/', '/lot.html', '/sw.js', `/assets/${travailleur}`]) {
    test(`${chemin} : CSP avec frame-ancestors 'none', nosniff, no-referrer`, async ({
      request,
    }) => {
      const reponse = await request.get(chemin);
      expect(reponse.status()).toBe(200);
      const entetes = reponse.headers();
      expect(entetes['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(entetes['content-security-policy']).toContain("default-src 'self'");
      expect(entetes['content-security-policy']).toContain("worker-src 'self' blob:");
      expect(entetes['x-content-type-options']).toBe('nosniff');
      expect(entetes['referrer-policy']).toBe('no-referrer');
      expect(entetes['x-frame-options']).toBe('DENY');
    });
  }
});

/**
 * Another site on this machine (another port: another origin) frames the simulator and, as a
 * control, a page of its own: the control shows, the simulator is refused by the browser.
 */
test('une autre origine ne peut pas afficher le simulateur dans un cadre', async ({ page }) => {
  const autreSite = createServer((requete, reponse) => {
    reponse.setHeader('Content-Type', 'text/html; charset=utf-8');
    reponse.end(
      requete.url === '/temoin'
        ? '<!doctype html><title>Témoin</title><h1>Page du site qui encadre</h1>'
        : `<!doctype html><title>Autre site</title><iframe src="${ORIGINE}/" title="simulateur"></iframe><iframe src="/temoin" title="témoin"></iframe>`,
    );
  });
  await new Promise<void>((pret) => autreSite.listen(0, '127.0.0.1', pret));
  const { port } = autreSite.address() as AddressInfo;
  try {
    const refus = page.waitForEvent('requestfailed', (r) => r.url().startsWith(ORIGINE));
    const message = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(
      page.frameLocator('iframe[title="témoin"]').getByRole('heading', { level: 1 }),
    ).toHaveText('Page du site qui encadre');
    expect((await refus).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    expect((await message).text()).toContain("frame-ancestors 'none'");
    await expect(
      page.frameLocator('iframe[title="simulateur"]').getByRole('heading', { level: 1 }),
    ).toHaveCount(0);
  } finally {
    autreSite.close();
  }
});
