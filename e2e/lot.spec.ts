/**
 * Batch screening page (lot.html) in a real Chromium: the shipped sample (with invalid rows), the
 * CSV export, the link into the simulator, axe before and after, 320 px, and 5,000 rows processed
 * in the Web Worker while the main thread keeps painting (max gap between animation frames).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normal, PLAN_LIBERAL, montantsDuPlan } from './aide.ts';

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
  await page.getByLabel('Choisir un fichier CSV').setInputFiles(EXEMPLE);
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
    page.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toBe('resultats-lot-exemple.csv');
  const chemin = await telechargement.path();
  const lignes = readFileSync(chemin, 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  expect(lignes).toHaveLength(21);
  expect(lignes[0]).toBe(
    'ligne,structure,statut,verdict,regime,option,raisons,messages,annee1,annee2,annee3,annee4,annee5,total',
  );
  expect(lignes[1]).toMatch(
    /^2,liberal,eligible,Éligible,convention-2024,plein,objectif-fixe-par-cpam,.*,38000,28000,13200,19800,22000,121000$/,
  );
  expect(lignes[18]).toMatch(
    /^19,liberal,invalide,Ligne invalide,,plein,,"secteur : valeur non reconnue « 3 »/,
  );
});

test('« Ouvrir dans le simulateur » ouvre les résultats de la ligne', async ({ page }) => {
  await deposerExemple(page);
  await page.getByRole('link', { name: 'Ouvrir dans le simulateur (ligne 2)' }).click();
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await expect.poll(() => montantsDuPlan(page)).toEqual(PLAN_LIBERAL);
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

function csvGrand(n: number): string {
  const entete =
    'structure,dateSignature,specialite,secteur,optam,option,bande,zoneSousDense,atteinte,etpGeneralistes,etpSpecialistes,nouveauCentre,patientele.mtAdultes,patientele.fileActive,assistants.anneeDebut,assistants.etp';
  const modeles = [
    'liberal,2025-02-01,medecine-generale,1,,plein,P30-P50,,1;1;0.6;0.9;1,,,,,,,',
    'liberal,2025-03-10,dermatologie,2,non,demi,P50-P70,,,,,,,,,',
    'liberal,2024-09-01,pediatrie,1,,demi,P70-P90,,,,,,,,,',
    'liberal,2025-01-15,medecine-generale,1,,double,P50-P70,oui,,,,,,,,',
    'centre,2021-01-04,,,,,,,,6,2,non,5600,16000,1,2',
    'liberal,2025-02-30,medecine-generale,1,,plein,P30-P50,,,,,,,,,',
  ];
  return [entete, ...Array.from({ length: n }, (_, i) => modeles[i % modeles.length])].join('\n');
}

test('5 000 lignes : traitées dans le travailleur, la page reste fluide', async ({ page }) => {
  await page.goto('/lot.html');
  await page.evaluate(() => {
    const w = window as unknown as { mesure: { ecart: number; debut: number; fin: number } };
    w.mesure = { ecart: 0, debut: 0, fin: 0 };
    let precedent = performance.now();
    const boucle = (t: number) => {
      w.mesure.ecart = Math.max(w.mesure.ecart, t - precedent);
      precedent = t;
      if (!w.mesure.fin) requestAnimationFrame(boucle);
    };
    requestAnimationFrame(boucle);
    document.querySelector('input[type=file]')?.addEventListener('change', () => {
      w.mesure.debut = performance.now();
      w.mesure.ecart = 0;
    });
    new MutationObserver((_, o) => {
      if (document.body.textContent?.includes('terminé')) {
        w.mesure.fin = performance.now();
        o.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByLabel('Choisir un fichier CSV').setInputFiles({
    name: 'cinq-mille.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csvGrand(5000)),
  });
  await expect(page.getByRole('progressbar', { name: 'Avancement du traitement' })).toBeVisible();
  await expect(statut(page)).toHaveText(
    'Traitement de « cinq-mille.csv » terminé : 5000 lignes, dont 833 invalides.',
    { timeout: 20_000 },
  );
  const mesure = await page.evaluate(
    () => (window as unknown as { mesure: { ecart: number; debut: number; fin: number } }).mesure,
  );
  const duree = Math.round(mesure.fin - mesure.debut);
  const ecart = Math.round(mesure.ecart);
  console.log(
    `5 000 lignes : ${duree} ms jusqu’au tableau ; plus long écart entre images : ${ecart} ms`,
  );
  test
    .info()
    .annotations.push({ type: 'mesure', description: `${duree} ms, écart max ${ecart} ms` });
  await expect(tableau(page)).toHaveAccessibleName(
    'Résultats du lot : 5 000 lignes sur 5 000, page 1 sur 50',
  );
  await expect(tableau(page).getByRole('rowheader')).toHaveCount(100);
  expect(ecart, 'plus long écart entre deux images (ms)').toBeLessThan(250);
  expect(duree, 'durée du traitement (ms)').toBeLessThan(10_000);
});
