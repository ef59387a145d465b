/**
 * The whole journey with the keyboard only (page.keyboard: Tab, Shift+Tab, Enter, Space, arrows and
 * typed characters; never the mouse): the golden liberal case reaches its result.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { attendrePlan, PLAN_LIBERAL, titreEtape } from './aide.ts';

const estActif = (cible: Locator) => cible.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `cible` has the focus; fails after `max` presses. */
async function tabulerJusqua(page: Page, cible: Locator, arriere = false, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(arriere ? 'Shift+Tab' : 'Tab');
    if (await estActif(cible)) return;
  }
  throw new Error(
    `Focus jamais atteint en ${max} appuis sur ${arriere ? 'Maj+Tab' : 'Tab'} : ${String(cible)}`,
  );
}

async function valider(page: Page, titre: string, bouton = 'Suivant'): Promise<void> {
  await tabulerJusqua(page, page.getByRole('button', { name: bouton, exact: true }));
  await page.keyboard.press('Enter');
  await expect(titreEtape(page, titre)).toBeFocused();
}

test('au clavier seul, un généraliste libéral arrive au plan de versement', async ({ page }) => {
  await page.goto('/');
  await expect(titreEtape(page, 'Votre structure')).toBeVisible();

  await tabulerJusqua(page, page.getByRole('link', { name: 'Aller au contenu' }));
  await tabulerJusqua(page, page.getByRole('radio', { name: 'Médecin libéral' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Médecin libéral' })).toBeChecked();
  await valider(page, 'Votre spécialité');

  const specialite = page.getByRole('combobox', { name: 'Spécialité' });
  await tabulerJusqua(page, specialite);
  await page.keyboard.type('generale');
  await expect(specialite).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(specialite).toHaveAttribute(
    'aria-activedescendant',
    (await page
      .getByRole('option', { name: 'Médecine générale', exact: true })
      .getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
  await expect(specialite).toHaveValue('Médecine générale');
  await expect(specialite).toHaveAttribute('aria-expanded', 'false');
  await valider(page, 'Votre secteur conventionnel');

  await tabulerJusqua(page, page.getByRole('radio', { name: 'Secteur 1', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Secteur 1', exact: true })).toBeChecked();
  await valider(page, 'Date de signature du contrat');

  // Chromium's date field is typed segment by segment in the browser's own order (jj/mm/aaaa in
  // French, mm/dd/yyyy in headless Chromium's default English): if day and month came out swapped,
  // Shift+Tab back to the first segment and type them the other way round.
  const date = page.getByLabel('Date de signature du contrat avec la CPAM');
  await tabulerJusqua(page, date);
  await page.keyboard.type('01022025');
  if ((await date.inputValue()) === '2025-01-02') {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('02012025');
  }
  await expect(date).toHaveValue('2025-02-01');
  await valider(page, 'Votre patientèle');

  const bande = page.getByRole('combobox', { name: /Position de votre patientèle/ });
  await tabulerJusqua(page, bande);
  for (let i = 0; i < 8 && (await bande.inputValue()) !== 'P30-P50'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(bande).toHaveValue('P30-P50');
  await valider(page, 'Votre exercice');
  // Yes/no questions are answered explicitly (issue 10): Tab into each group, arrow down to "Non".
  for (const question of [/nouvellement installé/, /travailleur handicapé/, /activité mixte/]) {
    const groupe = page.getByRole('group', { name: question });
    await tabulerJusqua(page, groupe.getByRole('radio', { name: 'Oui', exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(groupe.getByRole('radio', { name: 'Non', exact: true })).toBeChecked();
  }
  await valider(page, 'Temps de travail de l’assistant');

  const plein = page.getByRole('radio', { name: 'Temps plein (1 ETP)' });
  await tabulerJusqua(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 0; i < 6 && !(await plein.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(plein).toBeChecked();
  await valider(page, 'Récapitulatif de vos réponses');

  // Back one step with Shift+Tab to "Précédent", and forward again: the answer is kept.
  await tabulerJusqua(page, page.getByRole('button', { name: 'Voir les résultats' }));
  await tabulerJusqua(page, page.getByRole('button', { name: 'Précédent' }), true);
  await page.keyboard.press('Enter');
  await expect(titreEtape(page, 'Temps de travail de l’assistant')).toBeFocused();
  await expect(plein).toBeChecked();
  await valider(page, 'Récapitulatif de vos réponses');

  await valider(page, 'Résultat de la simulation', 'Voir les résultats');
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();

  // Tabbing into a text field selects its content: typing replaces the default 100 %.
  await tabulerJusqua(
    page,
    page.getByRole('textbox', { name: 'Atteinte de l’objectif en année 3 (en %)' }),
  );
  await page.keyboard.type('60');
  await tabulerJusqua(
    page,
    page.getByRole('textbox', { name: 'Atteinte de l’objectif en année 4 (en %)' }),
  );
  await page.keyboard.type('90');
  await attendrePlan(page, PLAN_LIBERAL);
});
