/**
 * A group of GPs (golden case collectif-scm-pamsu, RULES.md §7 bis, non officiel) through the
 * production build in Chromium, with the keyboard: the wizard, the results, then the side-by-side
 * comparison with individual contracts (§7 bis.3). axe on every step and on the results; the print
 * view keeps the comparison; screenshots at 1280 and 375 px in test-results/screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { attendrePlan, normal, titreEtape, totalDuPlan } from './aide.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COTE_A_COTE = 'Un contrat collectif ou des contrats individuels\u202f?';

/** axe on the page as it stands; the violations are kept, all reported at the end. */
async function analyser(page: Page, ecran: string, problemes: string[]): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations)
    problemes.push(
      `[${ecran}] ${v.id} : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Tab until `cible` has the focus (it must be reachable in a few steps, in the page's order). */
async function tabulerJusqua(page: Page, cible: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await cible.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tabulation : ${String(cible)} jamais atteint en ${max} appuis`);
}

/** Enter in a field submits its step's form: the next heading gets the focus. */
async function entree(page: Page, titre: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expect(titreEtape(page, titre)).toBeFocused();
}

function groupe(page: Page, question: RegExp | string): Locator {
  return page.getByRole('group', { name: question });
}

/** Rows of the side-by-side table, each as [year, collective, individual sum, per doctor, gap]. */
async function lignesCoteACote(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /Contrat collectif et contrats individuels/ });
  const textes = await table
    .getByRole('row')
    .evaluateAll((trs) =>
      trs.slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
  return textes.map((l) => l.map(normal));
}

test('un groupe de 4 généralistes (SCM, 2 maîtres de stage) jusqu’à la comparaison avec des contrats individuels', async ({
  page,
}) => {
  test.slow();
  const problemes: string[] = [];
  await page.goto('/');
  await expect(titreEtape(page, 'Votre structure')).toBeVisible();
  await analyser(page, 'Votre structure', problemes);

  // Radios by arrows, the step by Enter: the whole wizard with the keyboard.
  await tabulerJusqua(page, page.getByRole('radio', { name: 'Médecin libéral' }), 20);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('radio', { name: 'Groupe de médecins généralistes (contrat collectif)' }),
  ).toBeChecked();
  await entree(page, 'Date de signature du contrat');

  const date = page.getByLabel('Date de signature du contrat collectif avec la CPAM');
  await tabulerJusqua(page, date);
  await date.fill('2026-12-01');
  await analyser(page, 'Date (groupe)', problemes);
  await entree(page, 'Votre groupe de médecins');

  const forme = groupe(page, 'Quelle société du groupe signe le contrat\u202f?');
  await tabulerJusqua(page, forme.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await expect(forme.getByRole('radio', { name: 'SCM (société civile de moyens)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  const conditions = groupe(page, /Tous les médecins adhérents sont-ils généralistes/);
  await tabulerJusqua(page, conditions.getByRole('radio', { name: 'Oui', exact: true }));
  await page.keyboard.press('Space');
  await expect(conditions.getByRole('radio', { name: 'Oui', exact: true })).toBeChecked();
  await analyser(page, 'Votre groupe de médecins', problemes);
  await entree(page, 'La patientèle du groupe');

  await page.keyboard.press('Tab');
  await page.keyboard.type('4400');
  await expect(page.getByRole('textbox', { name: /comme médecin traitant \(total\)/ })).toHaveValue(
    '4400',
  );
  await analyser(page, 'La patientèle du groupe', problemes);
  await entree(page, 'Les assistants médicaux du groupe');

  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  const maitres = page.getByRole('textbox', { name: /maîtres de stage/ });
  await tabulerJusqua(page, maitres);
  await page.keyboard.type('2');
  const terrain = groupe(page, /terrain de stage ambulatoire agréé/);
  await tabulerJusqua(page, terrain.getByRole('radio', { name: 'Oui', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(terrain.getByRole('radio', { name: 'Non', exact: true })).toBeChecked();
  await analyser(page, 'Les assistants médicaux du groupe', problemes);
  await entree(page, 'Contrats d’assistant passés ou en cours');

  for (const question of [/encore un contrat individuel/, /pris fin il y a moins de 2 ans/]) {
    const g = groupe(page, question);
    await tabulerJusqua(page, g.getByRole('radio', { name: 'Oui', exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(g.getByRole('radio', { name: 'Non', exact: true })).toBeChecked();
  }
  await analyser(page, 'Contrats d’assistant', problemes);
  await entree(page, 'Récapitulatif de vos réponses');
  await analyser(page, 'Récapitulatif (groupe)', problemes);

  const voir = page.getByRole('button', { name: 'Voir les résultats' });
  await tabulerJusqua(page, voir, 40);
  await page.keyboard.press('Enter');
  await expect(titreEtape(page, 'Résultat de la simulation')).toBeFocused();
  const verdict = page.getByRole('region', { name: 'Éligible à l’aide' });
  await expect(verdict).toContainText('chiffres non officiels');

  await page.getByRole('textbox', { name: 'Atteinte de l’objectif en année 3 (en %)' }).fill('80');
  await page.getByRole('textbox', { name: 'Atteinte de l’objectif en année 5 (en %)' }).fill('50');
  await attendrePlan(page, ['190 000 €', '140 000 €', '88 000 €', '110 000 €', '55 000 €']);
  expect(await totalDuPlan(page)).toBe('583 000 €');
  const objectifs = page.getByRole('region', { name: 'Objectif de patientèle du groupe' });
  expect(normal(await objectifs.textContent())).toContain('+1 300 patients');
  expect(normal(await objectifs.textContent())).toContain('+550 patients');

  const cote = page.getByRole('region', { name: COTE_A_COTE });
  await cote.scrollIntoViewIfNeeded();
  await expect(cote.getByRole('note')).toContainText('non officiels');
  expect(await lignesCoteACote(page)).toEqual([
    ['Année 1', '190 000 €', '152 000 €', '38 000 €', '+38 000 €'],
    ['Année 2', '140 000 €', '112 000 €', '28 000 €', '+28 000 €'],
    ['Année 3', '88 000 €', '88 000 €', '22 000 €', '0 €'],
    ['Année 4', '110 000 €', '88 000 €', '22 000 €', '+22 000 €'],
    ['Année 5', '55 000 €', '44 000 €', '11 000 €', '+11 000 €'],
    ['Total', '583 000 €', '484 000 €', '121 000 €', '+99 000 €'],
  ]);
  await expect(cote).toContainText('fixé par votre CPAM');

  const resumes = page.getByText(/^Comment est calculé/);
  for (let i = 0; i < (await resumes.count()); i++) await resumes.nth(i).click();
  await analyser(page, 'Résultats (groupe), explications ouvertes', problemes);

  // ½ ETP per doctor: the radio, by the keyboard.
  await cote.getByRole('radio', { name: 'Temps plein (1 ETP) par médecin' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(cote.getByRole('radio', { name: 'Mi-temps (½ ETP) par médecin' })).toBeChecked();
  await expect
    .poll(async () => (await lignesCoteACote(page))[5])
    .toEqual(['Total', '583 000 €', '242 000 €', '60 500 €', '+341 000 €']);
  await analyser(page, 'Comparaison à ½ ETP', problemes);

  for (const [nom, width, height] of [
    ['bureau', 1280, 800],
    ['mobile', 375, 667],
  ] as const) {
    await page.setViewportSize({ width, height });
    const debordement = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(debordement, `défilement horizontal à ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `test-results/screenshots/collectif-resultats-${nom}-${width}.png`,
      fullPage: true,
    });
    await cote.screenshot({ path: `test-results/screenshots/collectif-cote-a-cote-${width}.png` });
  }

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await expect(cote).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Contrat collectif et contrats individuels/ }),
  ).toBeVisible();
  await expect(cote.getByRole('radio', { name: 'Mi-temps (½ ETP) par médecin' })).toBeHidden();
  await expect(cote).toContainText('contrats individuels de la convention 2024 (½ ETP chacun');
  await page.screenshot({
    path: 'test-results/screenshots/collectif-impression.png',
    fullPage: true,
  });
  await page.emulateMedia({ media: 'screen' });

  const params = new URL(page.url()).searchParams;
  expect(params.get('structure')).toBe('collectif');
  expect(params.get('maitresDeStage')).toBe('2');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Éligible à l’aide' })).toBeVisible();
  expect(await totalDuPlan(page)).toBe('583 000 €');

  expect(problemes, problemes.join('\n')).toEqual([]);
});
