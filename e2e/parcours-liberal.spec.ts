/** Golden case lib-2024-plein-degressivite typed through the production build in Chromium. */
import { expect, test } from '@playwright/test';
import {
  atteinteLiberal,
  montantsDuPlan,
  parcoursLiberal,
  PLAN_LIBERAL,
  totalDuPlan,
} from './aide.ts';

test('un généraliste libéral en secteur 1 obtient 38 000, 28 000 puis la dégressivité des années 3 et 4', async ({
  page,
}) => {
  await parcoursLiberal(page);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Résultat de la simulation' }),
  ).toBeFocused();

  await atteinteLiberal(page);
  expect(await montantsDuPlan(page)).toEqual(PLAN_LIBERAL);
  expect(await totalDuPlan(page)).toBe('121 000 €');

  // The amounts as rendered by Intl fr-FR (narrow no-break space U+202F before the thousands).
  const plan = page.getByRole('table', { name: /Versements prévisionnels/ });
  await expect(plan.getByRole('row', { name: /Année 3/ })).toContainText(/13\s?200\s?€/);
  await expect(plan.getByRole('row', { name: /Année 4/ })).toContainText(/19\s?800\s?€/);
  await expect(
    page.getByRole('img', { name: 'Montants versés par année de contrat' }),
  ).toBeVisible();

  const params = new URL(page.url()).searchParams;
  expect(params.get('atteinte')).toBe('1;1;0.6;0.9');
  expect(params.get('specialite')).toBe('medecine-generale');
  expect(params.get('bande')).toBe('P30-P50');
});
