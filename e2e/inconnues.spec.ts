/**
 * Issue 10, in Chromium on the production build: an unanswered yes/no never gives "pas éligible"
 * (avenant 7, grouped practice unknown) and a specialist without his band sees the plan of each band
 * (convention 2024, cardiology, 1 ETP). axe on every screen; screenshots at 1280 and 375 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normal, remplir, suivant, titreEtape } from './aide.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LARGEURS = [
  { nom: 'bureau', width: 1280, height: 800 },
  { nom: 'mobile', width: 375, height: 667 },
];

async function sansViolation(page: Page, ecran: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map(
      (v) => `[${ecran}] ${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

async function capture(page: Page, nom: string): Promise<void> {
  const debordement = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(debordement, 'défilement horizontal de la page (px)').toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/screenshots/${nom}.png`, fullPage: true });
}

const AVENANT7 =
  '/?v=1&etape=resultats&structure=liberal&dateSignature=2021-03-01&specialite=medecine-generale&secteur=1&option=demi&patientele.mtAdultes=900&nouvelInstalle=false&rqthOuAld=false';

for (const { nom, width, height } of LARGEURS) {
  test(`avenant 7 sans réponse sur le groupe : jamais « pas éligible » (${width} px)`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await page.goto(AVENANT7);
    const verdict = page.getByRole('region', { name: 'Il manque des informations pour conclure' });
    await expect(verdict).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pas éligible à l’aide' })).toHaveCount(0);
    await expect(verdict).toContainText(/de 0\s€ à 63\s500\s€ sur 5 ans/);
    await sansViolation(page, 'trois questions ouvertes');

    await verdict.getByRole('link', { name: /Répondre\s:\sExercez-vous en groupe/ }).click();
    await expect(titreEtape(page, 'Votre exercice')).toBeFocused();
    const groupe = page.getByRole('group', { name: /Exercez-vous en groupe/ });
    await expect(groupe.getByRole('radio', { checked: true })).toHaveCount(0);
    await page
      .getByRole('group', { name: /zone sous-dense/ })
      .getByRole('radio', { name: 'Non', exact: true })
      .check();
    await groupe.getByRole('radio', { name: 'Je ne sais pas' }).check();
    await page
      .getByRole('group', { name: /façon coordonnée/ })
      .getByRole('radio', { name: 'Oui', exact: true })
      .check();
    await sansViolation(page, 'étape exercice');
    await page.getByRole('button', { name: 'Revenir aux résultats' }).click();

    const seul = page.getByRole('region', { name: 'Il manque une information pour conclure' });
    await expect(seul).toContainText(/Si oui\s:\sÉligible à l’aide — 18\s000\s€ la première année/);
    await expect(seul).toContainText(/Si non\s:\sPas éligible à l’aide\./);
    expect(new URL(page.url()).searchParams.get('exerciceRegroupe')).toBe('inconnu');
    await page.reload();
    await expect(seul).toBeVisible();
    await sansViolation(page, 'une question ouverte');
    await capture(page, `inconnue-${nom}-${width}`);
  });

  test(`un cardiologue sans sa bande voit les trois plans (${width} px)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('radio', { name: 'Médecin libéral' }).check();
    await suivant(page, 'Votre spécialité');
    await page.getByRole('combobox', { name: 'Spécialité' }).fill('cardiologie');
    await page.getByRole('option', { name: /^Cardiologie/ }).click();
    await suivant(page, 'Votre secteur conventionnel');
    await page.getByRole('radio', { name: 'Secteur 1', exact: true }).check();
    await suivant(page, 'Date de signature du contrat');
    await page.getByLabel('Date de signature du contrat avec la CPAM').fill('2025-03-01');
    await suivant(page, 'Votre patientèle');
    await remplir(
      page,
      'File active (patients distincts vus au moins une fois dans l’année)',
      '3000',
    );
    await sansViolation(page, 'patientèle du spécialiste');
    await suivant(page, 'Votre exercice');
    for (const question of [/nouvellement installé/, /travailleur handicapé/, /activité mixte/]) {
      await page
        .getByRole('group', { name: question })
        .getByRole('radio', { name: 'Non', exact: true })
        .check();
    }
    await suivant(page, 'Temps de travail de l’assistant');
    await page.getByRole('radio', { name: 'Temps plein (1 ETP)' }).check();
    await suivant(page, 'Récapitulatif de vos réponses');
    await suivant(page, 'Résultat de la simulation', 'Voir les résultats');

    const table = page.getByRole('table', {
      name: 'Versements prévisionnels selon la bande de percentile, sur 5 ans',
    });
    await expect(table).toBeVisible();
    const lignes = await table
      .getByRole('row')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
      );
    expect(lignes.map((l) => l.map(normal))).toEqual([
      ['Année', 'Bande P30 à P90', 'Bande P90 à P95', 'Bande P95 et plus'],
      ['Année 1', '38 000 €', '38 000 €', '38 000 €'],
      ['Année 2', '28 000 €', '28 000 €', '38 000 €'],
      ['Année 3', '22 000 €', '26 000 €', '38 000 €'],
      ['Année 4', '22 000 €', '26 000 €', '38 000 €'],
      ['Année 5', '22 000 €', '26 000 €', '38 000 €'],
      ['Total', '132 000 €', '144 000 €', '190 000 €'],
    ]);
    await expect(
      page.getByText(/Sous le 30e percentile \(P30\), l’aide n’est pas accordée/),
    ).toBeVisible();
    await expect(page.getByText('non calculable')).toHaveCount(0);
    await sansViolation(page, 'plans par bande');
    await capture(page, `bandes-${nom}-${width}`);
  });
}
