/**
 * The simulator's first load carries its first step only: the rest of the wizard, the rules engine
 * and the results screen are files loaded on demand. While they load, a step that needs them waits (no amount pops
 * in); when they cannot be loaded, a French message says so, never a blank page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { titreEtape } from './aide.ts';

const SITUATION =
  'v=1&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1' +
  '&bande=P30-P50';
const OPTION = `./?${SITUATION}&etape=option`;
const RESULTATS = `./?${SITUATION}&option=plein&etape=resultats`;

// The service worker would serve the files from its cache, out of reach of page.route.
test.use({ serviceWorkers: 'block' });

/** The scripts index.html lists (its first load): every other script is loaded on demand. */
async function premierChargement(page: Page): Promise<Set<string>> {
  const html = await (await page.request.get('./')).text();
  return new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`),
  );
}

/** Routes every script loaded on demand to `aLaDemande`, the first-load ones to the server. */
async function scriptsALaDemande(
  page: Page,
  aLaDemande: (route: Route) => Promise<void>,
): Promise<void> {
  const premiers = await premierChargement(page);
  await page.route('**/assets/*.js', (route) =>
    premiers.has(new URL(route.request().url()).pathname) ? route.continue() : aLaDemande(route),
  );
}

test('l’étape des options ouverte par un lien attend le moteur, puis montre les montants', async ({
  page,
}) => {
  let liberer = () => {};
  const libere = new Promise<void>((resolve) => (liberer = resolve));
  await scriptsALaDemande(page, async (route) => {
    await libere;
    await route.continue();
  });

  await page.goto(OPTION);
  await expect(page.getByText('Calcul en cours…')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);

  liberer();
  await expect(titreEtape(page, 'Temps de travail de l’assistant')).toBeVisible();
  await expect(
    page.getByRole('radio', { name: 'Temps plein (1 ETP)' }),
  ).toHaveAccessibleDescription(/la première année d’après vos réponses/);
  await expect(page.getByText('Calcul en cours…')).toHaveCount(0);
});

test('un fichier qui ne se charge pas donne un message en français, pas une page blanche', async ({
  page,
}) => {
  await scriptsALaDemande(page, (route) => route.abort('internetdisconnected'));

  await page.goto(RESULTATS);
  await expect(page.getByRole('alert')).toContainText(
    'Cette partie du simulateur n’a pas pu être chargée',
  );
  await expect(page.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // The wizard asks the rules which questions matter (the fields they read, issue 14): when only
  // the engine cannot be loaded, the wizard says so in French too.
  await page.unrouteAll();
  let moteurRefuse = 0;
  await page.route('**/assets/simulation-*.js', (route) => {
    moteurRefuse += 1;
    return route.abort('internetdisconnected');
  });
  await page.goto(OPTION);
  await expect(page.getByRole('alert')).toContainText(
    'Cette partie du simulateur n’a pas pu être chargée',
  );
  await expect(page.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  expect(moteurRefuse).toBeGreaterThan(0);
});
