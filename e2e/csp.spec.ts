/**
 * The Content-Security-Policy allows only the app's own origin: a full journey raises no violation,
 * and a script that tries to reach another origin is refused by the browser.
 */
import { expect, test } from '@playwright/test';
import { atteinteLiberal, ecouterViolations, parcoursLiberal, violations } from './aide.ts';

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
  await expect
    .poll(() => violations(page))
    .toEqual([expect.stringMatching(/^connect-src https:\/\/exemple\.invalid/)]);
});
