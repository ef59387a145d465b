/**
 * Batch screening page (lot.html) in a real Chromium: the shipped sample (with invalid rows), the
 * CSV export, the link into the simulator, axe before and after, 320 px; big batches: the limits
 * (size refused before reading, rows after), progress and « Annuler », one page of rows in the DOM.
 * No timing is asserted here: durations and main-thread tasks are measured by
 * scripts/bench-lot.ts. Big files are written to disk and handed over by path (a buffer would be
 * rebuilt by script inside the page, on the very thread under test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normal, PLAN_LIBERAL, montantsDuPlan } from './aide.ts';
import { csvDeTaille, csvLot } from './csv-lot.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXEMPLE = path.resolve('public/exemples/lot-exemple.csv');

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const statut = (page: Page) => page.getByRole('status').filter({ hasText: /Traitement/ });
const tableau = (page: Page) => page.getByRole('table', { name: /Résultats du lot/ });

async function deposerExemple(page: Page): Promise<void> {
  await page.goto('/lot.html');
  await page.getByLabel('Choisir un fichier CSV ou Excel').setInputFiles(EXEMPLE);
  await expect(statut(page)).toHaveText(
    'Traitement de « lot-exemple.csv » terminé : 20 lignes, dont 3 invalides.',
  );
}

test('lot d’exemple : comptes par verdict, montants d’une ligne, axe avant et après', async ({
  page,
}) => {
  await page.goto('/lot.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Examen d’un lot de situations');
  expect(await violations(page), 'axe avant dépôt').toEqual([]);

  await deposerExemple(page);
  const comptes = page.getByRole('list', { name: 'Nombre de lignes par verdict' });
  expect((await comptes.getByRole('listitem').allTextContents()).map(normal)).toEqual([
    'Éligible 9',
    'À confirmer 1',
    'Incomplet 3',
    'Pas éligible 4',
    'Ligne invalide 3',
    'Total 20',
  ]);
  const ligne2 = tableau(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
  const cellules = (await ligne2.getByRole('cell').allTextContents()).map(normal);
  expect(cellules.slice(-7, -1)).toEqual([...PLAN_LIBERAL, '121 000 €']);
  const ligne19 = tableau(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '19', exact: true }) });
  await expect(ligne19).toContainText('Ligne invalide');
  await expect(ligne19).toContainText('secteur : valeur non reconnue « 3 »');
  expect(await violations(page), 'axe après dépôt').toEqual([]);

  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('Ligne invalide');
  await expect(tableau(page).getByRole('rowheader')).toHaveText(['18', '19', '20']);
  expect(await violations(page), 'axe avec filtre').toEqual([]);
});

test('export CSV des résultats, téléchargé sans réseau', async ({ page }) => {
  await deposerExemple(page);
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV brut (,)' }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toBe('resultats-lot-exemple.csv');
  const chemin = await telechargement.path();
  const lignes = readFileSync(chemin, 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  expect(lignes).toHaveLength(21);
  expect(lignes[0]).toBe(
    'ligne,reference,structure,statut,verdict,regime,option,raisons,messages,annee1,annee2,annee3,annee4,annee5,total',
  );
  expect(lignes[1]).toMatch(
    /^2,,liberal,eligible,Éligible,convention-2024,plein,objectif-fixe-par-cpam,.*,38000,28000,13200,19800,22000,121000$/,
  );
  expect(lignes[18]).toMatch(
    /^19,,liberal,invalide,Ligne invalide,,plein,,"secteur : valeur non reconnue « 3 »/,
  );
});

test('« Ouvrir dans le simulateur » ouvre les résultats de la ligne', async ({ page }) => {
  await deposerExemple(page);
  // A new tab: the batch stays on this page.
  const [onglet] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: 'Ouvrir dans le simulateur (ligne 2, nouvel onglet)' }).click(),
  ]);
  await expect(onglet.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await expect.poll(() => montantsDuPlan(onglet)).toEqual(PLAN_LIBERAL);
  await expect(tableau(page)).toBeVisible();
});

test('utilisable à 320 px : pas de défilement horizontal de la page, le tableau défile seul', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await deposerExemple(page);
  const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(largeur).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: /Résultats du lot/ });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});

const fichierCsv = (page: Page) => page.getByLabel('Choisir un fichier CSV ou Excel');

/** Writes the file in the test's output folder and chooses it by path. */
async function deposerFichier(page: Page, nom: string, contenu: string | Buffer): Promise<void> {
  const chemin = test.info().outputPath(nom);
  writeFileSync(chemin, contenu);
  await fichierCsv(page).setInputFiles(chemin);
}

test('les limites sont affichées près du dépôt ; un fichier de plus de 20 Mo est refusé sans être lu', async ({
  page,
}) => {
  await page.goto('/lot.html');
  await expect(fichierCsv(page)).toHaveAccessibleDescription(
    /^Limites\s: 100\s000 lignes et 20 Mo par fichier\./,
  );
  await deposerFichier(page, 'tres-gros.csv', csvDeTaille(20 * 1024 * 1024 + 1));
  await expect(page.getByRole('alert')).toHaveText(
    '« tres-gros.csv » pèse 20,1 Mo : la limite est de 20 Mo par fichier. Découpez-le en fichiers plus petits (au plus 100 000 lignes chacun).',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(await violations(page), 'axe avec le message de limite').toEqual([]);

  await fichierCsv(page).setInputFiles(EXEMPLE);
  await expect(statut(page)).toHaveText(
    'Traitement de « lot-exemple.csv » terminé : 20 lignes, dont 3 invalides.',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('au-delà de 100 000 lignes, le fichier est refusé après lecture, avec le nombre de lignes', async ({
  page,
}) => {
  test.slow();
  await page.goto('/lot.html');
  await deposerFichier(page, 'cent-mille-un.csv', csvLot(100_001));
  await expect(page.getByRole('alert')).toHaveText(
    '« cent-mille-un.csv » compte 100 001 lignes de situations : la limite est de 100 000 lignes par fichier. Découpez-le en fichiers plus petits.',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('heading', { name: 'Résultats' })).toHaveCount(0);
});

test('un gros lot montre son avancement et s’annule ; un petit fichier passe ensuite', async ({
  page,
}) => {
  await page.goto('/lot.html');
  await deposerFichier(page, 'cinquante-mille.csv', csvLot(50_000));
  const barre = page.getByRole('progressbar', { name: 'Avancement du traitement' });
  await expect(barre).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    /^Traitement de « cinquante-mille\.csv »\s: \d+\s% de 50\s000 lignes…$/,
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Traitement de « cinquante-mille.csv » annulé. Vous pouvez choisir un autre fichier.',
  );
  await expect(barre).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Annuler' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Résultats' })).toHaveCount(0);
  await expect(fichierCsv(page)).toBeFocused();

  await fichierCsv(page).setInputFiles(EXEMPLE);
  await expect(statut(page)).toHaveText(
    'Traitement de « lot-exemple.csv » terminé : 20 lignes, dont 3 invalides.',
  );
  await expect(tableau(page)).toHaveAccessibleName(
    'Résultats du lot : 20 lignes sur 20, page 1 sur 1',
  );
});

test('5 000 lignes : traitées dans le travailleur, une seule page de lignes dans le DOM, axe', async ({
  page,
}) => {
  await page.goto('/lot.html');
  await deposerFichier(page, 'cinq-mille.csv', csvLot(5000));
  await expect(page.getByRole('progressbar', { name: 'Avancement du traitement' })).toBeVisible();
  await expect(statut(page)).toHaveText(
    'Traitement de « cinq-mille.csv » terminé : 5 000 lignes, dont 833 invalides.',
    { timeout: 60_000 },
  );
  await expect(tableau(page)).toHaveAccessibleName(
    'Résultats du lot : 5 000 lignes sur 5 000, page 1 sur 100',
  );
  expect(await page.locator('tbody tr').count(), 'lignes présentes dans le DOM').toBe(50);
  await page.getByRole('button', { name: 'Page suivante' }).click();
  await expect(tableau(page).getByRole('rowheader').first()).toHaveText('52');
  expect(await page.locator('tbody tr').count(), 'lignes présentes dans le DOM').toBe(50);
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('Ligne invalide');
  await expect(tableau(page)).toHaveAccessibleName(
    'Résultats du lot : 833 lignes sur 5 000, page 1 sur 17',
  );
  expect(await page.locator('tbody tr').count(), 'lignes présentes dans le DOM').toBe(50);
  expect(await violations(page), 'axe après un gros lot').toEqual([]);
});
