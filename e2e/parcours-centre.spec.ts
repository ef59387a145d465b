/** Golden case cds-exemple-1 (FNCS example 1) typed through the production build in Chromium. */
import { expect, test } from '@playwright/test';
import {
  montantsDuPlan,
  normal,
  parcoursCentre,
  PLAN_CENTRE,
  realiseCentre,
  totalDuPlan,
} from './aide.ts';

test('un centre de 6 ETP de généralistes et 2 de spécialistes avec 2 ETP d’assistants dès l’année 1', async ({
  page,
}) => {
  await parcoursCentre(page);

  const objectifs = page.getByRole('region', { name: 'Objectif de patientèle du centre' });
  const texte = normal(await objectifs.textContent());
  expect(texte).toContain('+420 patients');
  expect(texte).toContain('+1 200 patients');

  await realiseCentre(page);
  expect(await montantsDuPlan(page)).toEqual(PLAN_CENTRE);
  expect(await totalDuPlan(page)).toBe('241 500 €');

  const params = new URL(page.url()).searchParams;
  expect(params.get('assistants')).toBe('1:2');
  expect(params.get('realise.mt')).toBe(';;270;420;420');
  expect(params.get('realise.fileActive')).toBe(';;700;1200;1200');
});
