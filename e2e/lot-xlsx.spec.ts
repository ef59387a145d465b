/**
 * lot.html with the advisor's spreadsheets in a real Chromium: an .xlsx made here with French
 * headers and labels, the same table as a French-Excel CSV (;, Windows-1252) and the sample sheet
 * of the downloadable template all give the golden cases' verdicts and amounts; the Excel export
 * reads back to the same results; the reference of columns and codes is there; axe clean.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/universal';
import { normal } from './aide.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type Cellule = string | number | null;
const ENTETE = [
  'Nom',
  'Structure',
  'Date de signature',
  'Spécialité',
  'Secteur',
  'Option',
  'Bande',
  'Exercice regroupé',
  'Exercice coordonné',
  'Nombre d’années',
];
/** Golden cases lib-2024-plein-75-pourcent (without its attainment) and lib-avenant7-demi-p90-p95. */
const LIGNES: Cellule[][] = [
  [
    'Dr Martin',
    'libéral',
    '01/02/2025',
    'Médecine générale',
    'secteur 1',
    'plein temps',
    'P30-P50',
    null,
    null,
    null,
  ],
  [
    'Dr Durand',
    'Libéral',
    '15/01/2020',
    'médecine générale',
    1,
    '½ ETP',
    'P90-P95',
    'oui',
    'oui',
    6,
  ],
];

async function xlsx(lignes: Cellule[][]): Promise<Buffer> {
  const blob = await writeExcelFile(lignes).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

function csvExcel(lignes: Cellule[][]): Buffer {
  const texte = lignes
    .map((l) => l.map((c) => (c === null ? '' : String(c))).join(';'))
    .join('\r\n');
  return Buffer.from(`${texte}\r\n`, 'latin1');
}

const TYPE_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const statut = (page: Page) => page.getByRole('status').filter({ hasText: /Traitement/ });
const tableau = (page: Page) => page.getByRole('table', { name: /Résultats du lot/ });

async function deposer(page: Page, nom: string, mimeType: string, buffer: Buffer, n: number) {
  await page
    .getByLabel('Choisir un fichier CSV ou Excel')
    .setInputFiles({ name: nom, mimeType, buffer });
  await expect(statut(page)).toHaveText(
    `Traitement de « ${nom} » terminé : ${n} ${n > 1 ? 'lignes' : 'ligne'}, dont 0 invalide.`,
  );
}

/** Verdict, amounts and total of each row of the results table. */
async function resultats(page: Page): Promise<string[][]> {
  const rangees = tableau(page).getByRole('row');
  const n = await rangees.count();
  const lignes: string[][] = [];
  for (let i = 1; i < n; i++) {
    const cellules = (await rangees.nth(i).getByRole('cell').allTextContents()).map(normal);
    lignes.push(cellules.slice(1, -1));
  }
  return lignes;
}

test('xlsx en français, CSV d’Excel et modèle : mêmes verdicts et montants ; l’export Excel se relit', async ({
  page,
}) => {
  test.slow();
  await page.goto('/lot.html');
  await page.getByText('Colonnes et valeurs acceptées').click();
  await expect(page.getByRole('table', { name: /Colonnes d’un fichier de lot/ })).toContainText(
    'medecine-generale (Médecine générale)',
  );
  expect(await violations(page), 'axe, référence ouverte').toEqual([]);

  await deposer(page, 'medecins.xlsx', TYPE_XLSX, await xlsx([ENTETE, ...LIGNES]), 2);
  const depuisXlsx = await resultats(page);
  expect(depuisXlsx.map((l) => l.slice(-7))).toEqual([
    ['38 000 €', '28 000 €', '22 000 €', '22 000 €', '22 000 €', '—', '132 000 €'],
    ['18 000 €', '13 500 €', '12 500 €', '12 500 €', '12 500 €', '13 000 €', '82 000 €'],
  ]);
  expect(await violations(page), 'axe, résultats').toEqual([]);

  await deposer(page, 'medecins.csv', 'text/csv', csvExcel([ENTETE, ...LIGNES]), 2);
  expect(await resultats(page)).toEqual(depuisXlsx);

  const [export_] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel (.xlsx)', exact: true }).click(),
  ]);
  expect(export_.suggestedFilename()).toBe('resultats-medecins.xlsx');
  const octets = readFileSync(await export_.path());
  expect([...octets.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  await deposer(page, 'resultats-medecins.xlsx', TYPE_XLSX, octets, 2);
  expect(await resultats(page)).toEqual(depuisXlsx);

  const [csvFr] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV pour Excel (;)' }).click(),
  ]);
  const texte = readFileSync(await csvFr.path(), 'utf8');
  expect(texte.startsWith('\uFEFFLigne;reference;structure;dateSignature;')).toBe(true);
  expect(texte).toContain('Dr Martin');

  const [modele] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Modèle Excel \(\.xlsx\)/ }).click(),
  ]);
  expect(modele.suggestedFilename()).toBe('modele-lot.xlsx');
  await deposer(page, 'modele-lot.xlsx', TYPE_XLSX, readFileSync(await modele.path()), 4);
  const depuisModele = await resultats(page);
  expect(depuisModele[1]?.slice(-7)).toEqual(depuisXlsx[1]?.slice(-7));
});

test('le dernier lot est gardé sur l’appareil : proposé au rechargement, rouvert, effacé', async ({
  page,
}) => {
  await page.goto('/lot.html');
  await deposer(page, 'medecins.xlsx', TYPE_XLSX, await xlsx([ENTETE, ...LIGNES]), 2);
  await page.reload();
  const garde = page.getByRole('group', { name: 'Dernier lot gardé sur cet appareil' });
  await expect(garde).toContainText('Dernier lot examiné sur cet appareil : « medecins.xlsx »');
  expect(await violations(page), 'axe, lot gardé').toEqual([]);
  await garde.getByRole('button', { name: 'Rouvrir « medecins.xlsx »' }).click();
  await expect(statut(page)).toHaveText(
    'Traitement de « medecins.xlsx » terminé : 2 lignes, dont 0 invalide.',
  );
  await page.reload();
  await page.getByRole('button', { name: 'Effacer le lot gardé' }).click();
  await expect(garde).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(garde).toHaveCount(0);
});
