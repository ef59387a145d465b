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
    expect(await ligne(page, 1)).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '35 h par semaine soit 1 ETP',
      '21 876,36 €',
      '6 562,91 €',
      '28 439,27 €',
      '38 000 €',
      '-9 560,73 € l’aide dépasse le coût',
    ]);
    const scan = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(scan.violations).toEqual([]);

    await page.getByLabel(/^Salaire brut mensuel/).fill('2000');
    await page.getByLabel(/^Taux de charges patronales/).fill('25');
    expect((await ligne(page, 3)).slice(2)).toEqual([
      '24 000 €',
      '6 000 €',
      '30 000 €',
      '22 000 €',
      '8 000 €',
    ]);

    await page.reload();
    await expect(page.getByLabel(/^Salaire brut mensuel/)).toHaveValue('2000');
    await expect(page.getByLabel(/^Taux de charges patronales/)).toHaveValue('25');
    expect((await ligne(page, 3)).slice(4)).toEqual(['30 000 €', '22 000 €', '8 000 €']);

    const taux = page.getByLabel(/^Taux de charges patronales/);
    await taux.fill('abc');
    await expect(taux).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText(/^Taux de charges patronales : indiquez un pourcentage/),
    ).toBeVisible();
    await expect(page.getByLabel(/^Salaire brut mensuel/)).toHaveValue('2000');
    const erreur = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(erreur.violations).toEqual([]);
  });

  test('depuis les résultats du simulateur, le lien « Coût net de l’assistant » garde la simulation', async ({
    page,
  }) => {
    await parcoursLiberal(page);
    await page.getByRole('link', { name: 'Coût net de l’assistant' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }),
    ).toBeVisible();
    expect((await ligne(page, 1))[0]).toMatch(/^Année 1 dès le 1(er)? février 2025$/);
    expect((await ligne(page, 1)).at(5)).toBe('38 000 €');
  });
});
