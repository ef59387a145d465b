/**
 * The printed summary in a real Chromium (issue 10): never the Assurance Maladie's brand, the
 * disclaimer and every assumption on paper; the page title per step. The PDF is written to
 * test-results/ for a look (pdftoppm), with screenshots at 1280 and 375 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { normal, suivant } from './aide.ts';

const RESULTATS =
  '/?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9;1&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false';
const AVERTISSEMENT =
  'Simulation indicative : seul le contrat signé avec votre CPAM fait foi. Ce simulateur indépendant n’est pas un service de l’Assurance Maladie.';

test('le résumé imprimé : nom du simulateur, avertissement, version des règles, hypothèses', async ({
  page,
}) => {
  await page.goto(RESULTATS);
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await expect(page.getByText(AVERTISSEMENT)).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/resultats-1280.png', fullPage: true });

  await page.emulateMedia({ media: 'print' });
  const entete = normal(await page.getByRole('banner').innerText());
  expect(entete).not.toMatch(/assurance maladie\s*—/i);
  expect(entete).toContain('Simulateur de l’aide à l’emploi d’un assistant médical');
  await expect(page.getByText(AVERTISSEMENT)).toBeVisible();
  await expect(
    page.getByText(/Règles du simulateur\s:\sversion \d{4}\.\d{2}-\d+, paramètres vérifiés le/),
  ).toBeVisible();
  const hypotheses = page.getByRole('region', { name: 'Hypothèses de cette simulation' });
  await expect(hypotheses).toBeVisible();
  await expect(
    hypotheses.getByText('Année 3 : 60 % de l’objectif (votre hypothèse)'),
  ).toBeVisible();
  await expect(
    hypotheses.getByText(/Bande de percentile\s:\sP30 à P50, telle que vous l’avez indiquée/),
  ).toBeVisible();
  await page.pdf({ path: 'test-results/resume-imprime.pdf', format: 'A4', printBackground: true });
});

test('le résumé sur un téléphone (375 px)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(RESULTATS);
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await expect(page.getByText(AVERTISSEMENT)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/resultats-375.png', fullPage: false });
});

test('le titre de la page suit l’étape', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(
    /^Étape 1 sur \d+\s:\sVotre structure — Simulateur de l’aide à l’emploi d’un assistant médical$/,
  );
  await page.getByRole('radio', { name: 'Médecin libéral' }).check();
  await suivant(page, 'Votre spécialité');
  await expect(page).toHaveTitle(/^Étape 2 sur \d+\s:\sVotre spécialité — Simulateur/);
  await page.goto(RESULTATS);
  await expect(page).toHaveTitle(
    'Résultat de la simulation — Simulateur de l’aide à l’emploi d’un assistant médical',
  );
});
