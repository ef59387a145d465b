/**
 * Nothing typed leaves the device: during a full journey (both structures, what-if, shared link),
 * every request goes to the app's own origin (data: and blob: URLs are local).
 */
import { expect, test } from '@playwright/test';
import {
  atteinteLiberal,
  ecouterViolations,
  ORIGINE,
  parcoursCentre,
  parcoursLiberal,
  realiseCentre,
  violations,
} from './aide.ts';

test('aucune requête ne sort de l’origine de l’application', async ({ page }) => {
  const requetes: string[] = [];
  page.on('request', (r) => requetes.push(r.url()));
  // An attempt the CSP blocks never becomes a request: count it too.
  await ecouterViolations(page);

  await parcoursLiberal(page);
  await atteinteLiberal(page);
  await page.reload();
  await parcoursCentre(page);
  await realiseCentre(page);

  const locales = (url: string) =>
    url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === ORIGINE;
  expect(requetes.length, 'requêtes enregistrées').toBeGreaterThan(0);
  expect(
    requetes.filter((url) => !locales(url)),
    `Requêtes hors de ${ORIGINE} :\n${requetes.join('\n')}`,
  ).toEqual([]);
  expect(await violations(page), 'tentatives bloquées par la CSP').toEqual([]);
});
