/** The URL mirrors the answers: a reload, a shared link and the back button restore the simulation. */
import { expect, test } from '@playwright/test';
import {
  atteinteLiberal,
  attendrePlan,
  parcoursLiberal,
  PLAN_LIBERAL,
  titreEtape,
} from './aide.ts';

test.describe('état dans l’adresse', () => {
  test.beforeEach(async ({ page }) => {
    await parcoursLiberal(page);
    await atteinteLiberal(page);
  });

  test('un rechargement et un lien partagé redonnent le même résultat', async ({
    page,
    browser,
  }) => {
    const lien = page.url();
    expect(new URL(lien).searchParams.get('etape')).toBe('resultats');

    await page.reload();
    await expect(titreEtape(page, 'Résultat de la simulation')).toBeVisible();
    await attendrePlan(page, PLAN_LIBERAL);
    await expect(
      page.getByRole('textbox', { name: 'Atteinte de l’objectif en année 3 (en %)' }),
    ).toHaveValue('60');

    // A shared link: a fresh browser context (no history, no storage) opening the copied address.
    const autre = await browser.newContext();
    try {
      const recue = await autre.newPage();
      await recue.goto(lien);
      await expect(titreEtape(recue, 'Résultat de la simulation')).toBeVisible();
      await expect(recue.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
      await attendrePlan(recue, PLAN_LIBERAL);
      await expect(
        recue.getByRole('textbox', { name: 'Atteinte de l’objectif en année 4 (en %)' }),
      ).toHaveValue('90');
      expect(recue.url()).toBe(lien);
    } finally {
      await autre.close();
    }
  });

  test('le bouton Précédent du navigateur revient aux étapes, avec les réponses', async ({
    page,
  }) => {
    await page.goBack();
    await expect(titreEtape(page, 'Récapitulatif de vos réponses')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifier : Spécialité' })).toBeVisible();

    await page.goBack();
    await expect(titreEtape(page, 'Temps de travail de l’assistant')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Temps plein (1 ETP)' })).toBeChecked();

    await page.goBack();
    await expect(titreEtape(page, 'Votre exercice')).toBeVisible();

    await page.goForward();
    await page.goForward();
    await page.goForward();
    await expect(titreEtape(page, 'Résultat de la simulation')).toBeVisible();
    await attendrePlan(page, PLAN_LIBERAL);
  });
});
