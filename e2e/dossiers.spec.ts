/**
 * Saved simulations in a real browser: save from the results, reload, reopen with the same amounts;
 * export the JSON case file and import it back; a corrupt saved value gives a notice, not a blank page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { attendrePlan, PLAN_LIBERAL, totalDuPlan } from './aide.ts';

const CLE = 'simulateur-assistant-medical.dossiers';
/** Golden case lib-2024-plein-degressivite, with its what-if (60 % in year 3, 90 % in year 4). */
const LIEN =
  '/?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false&atteinte=1;1;0.6;0.9;1';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function enregistrer(page: Page, nom: string): Promise<void> {
  await page.goto(LIEN);
  await attendrePlan(page, PLAN_LIBERAL);
  await page.getByRole('textbox', { name: 'Nom de la simulation' }).fill(nom);
  await page.getByRole('button', { name: 'Enregistrer cette simulation' }).click();
  await expect(
    page.getByText(`Simulation « ${nom} » enregistrée dans ce navigateur.`),
  ).toBeVisible();
}

async function sansViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target).join(' ; ')}`)).toEqual(
    [],
  );
}

test('enregistrer, recharger le navigateur, rouvrir : mêmes montants', async ({ page }) => {
  await enregistrer(page, 'Cabinet A');
  await page.getByRole('link', { name: 'Voir mes simulations enregistrées' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes simulations enregistrées');
  await page.reload();
  const carte = page.getByRole('article', { name: 'Cabinet A' });
  await expect(carte.getByText('Total : 121 000 €')).toBeVisible();
  await sansViolation(page);

  await page.getByRole('link', { name: 'Ouvrir « Cabinet A »' }).click();
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await attendrePlan(page, PLAN_LIBERAL);
  expect(await totalDuPlan(page)).toBe('121 000 €');
});

test('exporter le dossier JSON puis le réimporter', async ({ page }) => {
  await enregistrer(page, 'Cabinet Été');
  await page.goto('/dossiers.html');
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter « Cabinet Été » (fichier JSON)' }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toBe('simulation-cabinet-ete.json');
  const chemin = await telechargement.path();
  const contenu = JSON.parse(readFileSync(chemin, 'utf8'));
  expect(contenu).toMatchObject({
    format: 'simulateur-assistant-medical',
    version: 1,
    nom: 'Cabinet Été',
    resultat: { total: 121000, montants: [38000, 28000, 13200, 19800, 22000] },
  });

  await page.getByRole('button', { name: 'Supprimer « Cabinet Été »' }).click();
  await expect(page.getByRole('article', { name: 'Cabinet Été' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Oui, supprimer « Cabinet Été »' }).click();
  await expect(page.getByRole('article', { name: 'Cabinet Été' })).toHaveCount(0);
  await page.getByLabel('Fichier de simulation (JSON)').setInputFiles(chemin);
  await expect(page.getByText('Dossier « Cabinet Été » importé.')).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir « Cabinet Été »' }).click();
  await attendrePlan(page, PLAN_LIBERAL);
});

test('un dossier altéré est refusé avec une erreur qui nomme le champ', async ({ page }) => {
  await page.goto('/dossiers.html');
  await page.getByLabel('Fichier de simulation (JSON)').setInputFiles({
    name: 'altere.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'simulateur-assistant-medical', version: 2 })),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'Import impossible : Version de dossier non prise en charge (reçu : 2) : ce simulateur lit la version 1.',
  );
  await sansViolation(page);
});

test('une valeur enregistrée corrompue donne une notice, pas une page blanche', async ({
  page,
}) => {
  await page.goto('/dossiers.html');
  await page.evaluate((cle) => localStorage.setItem(cle, '{corrompu'), CLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes simulations enregistrées');
  await expect(page.getByText(/étaient illisibles\s:\selles ont été écartées/)).toBeVisible();
  await expect(page.getByText(/Aucune simulation enregistrée/)).toBeVisible();

  // The simulator still saves over it.
  await page.evaluate((cle) => localStorage.setItem(cle, '[{"format":"autre"}]'), CLE);
  await enregistrer(page, 'Après corruption');
  await page.goto('/dossiers.html');
  await expect(page.getByRole('article', { name: 'Après corruption' })).toBeVisible();
});

test('simulation calculée avec d’autres règles : écart montré, recalcul ; 320 px', async ({
  page,
}) => {
  await enregistrer(page, 'Ancien');
  await page.evaluate((cle) => {
    const [d] = JSON.parse(localStorage.getItem(cle) ?? '[]');
    d.versionRegles = '2025.01-1';
    d.resultat = { total: 120000, montants: [38000, 28000, 12200, 19800, 22000] };
    localStorage.setItem(cle, JSON.stringify([d]));
  }, CLE);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/dossiers.html');
  const note = page.getByRole('note');
  await expect(note).toContainText('calculée avec les règles 2025.01-1');
  await expect(
    note.getByRole('table', { name: 'Montants de « Ancien » : enregistrés et recalculés' }),
  ).toBeVisible();
  await sansViolation(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page
    .getByRole('button', { name: 'Recalculer avec les règles actuelles « Ancien »' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByText('Total : 121 000 €')).toBeVisible();
});
