/** After a first visit, the app loads and computes offline (service worker precache). */
import { expect, test } from '@playwright/test';

test('l’application se charge et calcule hors ligne après une première visite', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('service worker inactif');
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Votre structure' })).toBeVisible();

  await page.goto(
    './?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9' +
      '&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50',
  );
  const plan = page.getByRole('table', { name: /Versements prévisionnels/ });
  await expect(plan).toContainText(/13\s?200\s?€/);
  await expect(plan).toContainText(/19\s?800\s?€/);
  await context.setOffline(false);
});

test('une page annexe visitée seule (lot.html) s’installe aussi et se recharge hors ligne', async ({
  page,
  context,
}) => {
  await page.goto('./lot.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null))
    .toBe(true);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('./cout.html');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }),
  ).toBeVisible();
  await context.setOffline(false);
});
