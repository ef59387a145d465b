/**
 * The net cost page (cout.html) in Chromium: defaults for a 2026 full-time contract, the user's
 * salary and rate kept across a reload, an invalid rate named in French with the other answers
 * kept, the link from the simulator's results, and an axe scan (WCAG 2.0/2.1 A and AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normal, parcoursLiberal } from './aide.ts';

const REQUETE =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2026-01-15&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function ligne(page: Page, annee: number): Promise<string[]> {
  const row = page
    .getByRole('table', { name: /Coût employeur, aide et reste à charge/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Année ${annee} `) }) });
  return (await row.locator('th, td').allTextContents()).map(normal);
}

test.describe('coût net de l’assistant', () => {
  test('valeurs par défaut, saisies gardées au rechargement, erreur nommée, axe', async ({
    page,
  }) => {
    await page.goto(`/cout.html${REQUETE}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: /Coût employeur, aide et reste à charge/ }),
    ).toBeVisible({ timeout: 30_000 });
    expect(await ligne(page, 1)).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '35 h par semaine soit 1 ETP',
      '21 876,36 €',
      '9 624,09 €',
      '-8 708,98 € dues : 915,11 €',
      '22 791,47 €',
      '38 000 €',
      '-15 208,53 € l’aide dépasse le coût',
    ]);
    await expect(
      page.getByText(/modele-social 11\.1\.0, publicodes\), législation 2026/),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/cout-1280.png', fullPage: true });
    const scan = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(scan.violations).toEqual([]);

    await page.getByLabel(/^Salaire brut mensuel/).fill('2000');
    await page.getByLabel(/^Taux de charges patronales/).fill('25');
    await expect
      .poll(async () => (await ligne(page, 3)).slice(2))
      .toEqual(['24 000 €', '6 000 €', 'aucune', '30 000 €', '22 000 €', '8 000 €']);

    await page.reload();
    await expect(page.getByLabel(/^Salaire brut mensuel/)).toHaveValue('2000');
    await expect(page.getByLabel(/^Taux de charges patronales/)).toHaveValue('25');
    expect((await ligne(page, 3)).slice(5)).toEqual(['30 000 €', '22 000 €', '8 000 €']);

    const taux = page.getByLabel(/^Taux de charges patronales/);
    await taux.fill('abc');
    await expect(taux).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText(/^Taux de charges patronales\s: indiquez un pourcentage/),
    ).toBeVisible();
    await expect(page.getByLabel(/^Salaire brut mensuel/)).toHaveValue('2000');
    const erreur = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(erreur.violations).toEqual([]);
  });

  test('375 px : le tableau se replie, pas de défilement horizontal ; sous le SMIC, averti', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/cout.html${REQUETE}&salaire=1500`);
    await expect(
      page.getByText(/^Salaire brut mensuel à temps plein\s: 1\s500\s€ est inférieur au SMIC/),
    ).toBeVisible({ timeout: 30_000 });
    const reste = page
      .getByRole('table', { name: /Coût employeur/ })
      .getByRole('cell', { name: /l’aide dépasse le coût/ })
      .first();
    const boite = await reste.boundingBox();
    expect(boite).not.toBeNull();
    expect(boite!.x).toBeGreaterThanOrEqual(0);
    expect(boite!.x + boite!.width).toBeLessThanOrEqual(375);
    const largeurs = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(largeurs[0]).toBeLessThanOrEqual(largeurs[1]!);
    await page.screenshot({ path: 'test-results/screenshots/cout-375.png', fullPage: true });
    const scan = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(scan.violations).toEqual([]);
  });

  test('depuis les résultats du simulateur, le lien « Coût net de l’assistant » garde la simulation', async ({
    page,
  }) => {
    await parcoursLiberal(page);
    await page.getByRole('link', { name: 'Coût net de l’assistant' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }),
    ).toBeVisible();
    await expect
      .poll(async () => (await ligne(page, 1))[0], { timeout: 30_000 })
      .toMatch(/^Année 1 dès le 1(er)? février 2025$/);
    await expect
      .poll(async () => (await ligne(page, 1)).at(6), { timeout: 30_000 })
      .toBe('38 000 €');
  });
});
