/** The rules and sources page in a real browser: reachable from the results, accessible, 320 px. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LIEN =
  '/?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50';

test('depuis les résultats, la note de projection mène aux règles et sources', async ({ page }) => {
  await page.goto(LIEN);
  const note = page.getByRole('note');
  await expect(note).toContainText(
    'Les années au-delà du 23 novembre 2026 sont projetées avec les règles connues au 23 novembre 2026.',
  );
  await note.getByRole('link', { name: 'Voir les règles et leurs sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Règles et sources du simulateur',
  );
  await expect(
    page.getByRole('table', { name: 'Aide pour 1 ETP d’assistant médical' }),
  ).toBeVisible();
});

test('page des règles et sources : aucune violation WCAG 2.1 AA', async ({ page }) => {
  await page.goto('/sources.html');
  await expect(page.getByText(/^Version des règles\s:\s/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target).join(' ; ')}`)).toEqual(
    [],
  );
});

test('à 320 px, la page ne défile pas en largeur ; les tableaux se parcourent au clavier', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/sources.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('link', { name: 'Paramètres et historique des valeurs' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#parametres$/);
  const zone = page.getByRole('region', { name: 'Aide pour ½ ETP d’assistant médical' }).last();
  await zone.focus();
  await expect(zone).toBeFocused();
});
