/**
 * Helpers for the end-to-end journeys: the user's words only (roles and accessible names from
 * src/ui/messages/fr.ts), never test ids. Amounts are formatted by Intl fr-FR with narrow no-break
 * spaces (U+202F): `normal` turns every kind of space into a plain one before comparing.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The preview server of playwright.config.ts (E2E_PORT only to run beside another server). */
export const ORIGINE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

export const normal = (s: string | null | undefined): string =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Golden case lib-2024-plein-degressivite (../shared/cases), the plan after the what-if. */
export const PLAN_LIBERAL = ['38 000 €', '28 000 €', '13 200 €', '19 800 €', '22 000 €'];
/** Golden case cds-exemple-1 (FNCS example 1). */
export const PLAN_CENTRE = ['72 000 €', '54 000 €', '31 500 €', '42 000 €', '42 000 €'];

/** Called on arrival at each wizard step (the accessibility scan uses it). */
export type SurEtape = (titre: string) => Promise<void>;

export function titreEtape(page: Page, titre: string): Locator {
  return page.getByRole('heading', { level: 2, name: titre, exact: true });
}

/** "Suivant" (or another submit button), then the next step's heading has the focus. */
export async function suivant(page: Page, titre: string, bouton = 'Suivant'): Promise<void> {
  await page.getByRole('button', { name: bouton, exact: true }).click();
  await expect(titreEtape(page, titre)).toBeFocused();
}

export function tableauDuPlan(page: Page): Locator {
  return page.getByRole('table', { name: /Versements prévisionnels/ });
}

/** The "Montant" column of the plan (first after the year), year by year (rows whose header is "Année k"). */
export async function montantsDuPlan(page: Page): Promise<string[]> {
  const lignes = tableauDuPlan(page)
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader', { name: /^Année \d+$/ }),
    });
  const textes = await lignes.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector('td')?.textContent ?? ''),
  );
  return textes.map(normal);
}

export async function totalDuPlan(page: Page): Promise<string> {
  const ligne = tableauDuPlan(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
  return normal(await ligne.getByRole('cell').first().textContent());
}

/** Polls the plan until it reads `attendu` (the plan is recomputed on each keystroke). */
export async function attendrePlan(page: Page, attendu: readonly string[]): Promise<void> {
  await expect.poll(() => montantsDuPlan(page)).toEqual(attendu);
}

export async function remplir(page: Page, nom: string, valeur: string): Promise<void> {
  await page.getByRole('textbox', { name: nom, exact: true }).fill(valeur);
}

/** The liberal journey of the golden case, up to the results (plan before the what-if). */
export async function parcoursLiberal(page: Page, surEtape: SurEtape = async () => {}) {
  await page.goto('/');
  await expect(titreEtape(page, 'Votre structure')).toBeVisible();
  await expect(page.getByText('Étape 1 sur 8')).toBeVisible();
  await surEtape('Votre structure');
  await page.getByRole('radio', { name: 'Médecin libéral' }).check();
  await suivant(page, 'Votre spécialité');

  const specialite = page.getByRole('combobox', { name: 'Spécialité' });
  await specialite.fill('generale');
  await expect(specialite).toHaveAttribute('aria-expanded', 'true');
  await surEtape('Votre spécialité (liste ouverte)');
  await page.getByRole('option', { name: 'Médecine générale', exact: true }).click();
  await expect(specialite).toHaveValue('Médecine générale');
  await surEtape('Votre spécialité');
  await suivant(page, 'Votre secteur conventionnel');

  await page.getByRole('radio', { name: 'Secteur 1', exact: true }).check();
  await surEtape('Votre secteur conventionnel');
  await suivant(page, 'Date de signature du contrat');

  await page.getByLabel('Date de signature du contrat avec la CPAM').fill('2025-02-01');
  await surEtape('Date de signature du contrat');
  await suivant(page, 'Votre patientèle');

  await page
    .getByRole('combobox', { name: /Position de votre patientèle/ })
    .selectOption('P30-P50');
  await surEtape('Votre patientèle');
  await suivant(page, 'Votre exercice');

  // Yes/no questions are never taken for "non" (issue 10): answered explicitly.
  for (const question of [/nouvellement installé/, /travailleur handicapé/, /activité mixte/]) {
    await page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: 'Non', exact: true })
      .check();
  }
  await surEtape('Votre exercice');
  await suivant(page, 'Temps de travail de l’assistant');

  await page.getByRole('radio', { name: 'Temps plein (1 ETP)' }).check();
  await surEtape('Temps de travail de l’assistant');
  await suivant(page, 'Récapitulatif de vos réponses');

  await surEtape('Récapitulatif de vos réponses');
  await suivant(page, 'Résultat de la simulation', 'Voir les résultats');
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await attendrePlan(page, ['38 000 €', '28 000 €', '22 000 €', '22 000 €', '22 000 €']);
}

/** What-if of the golden case: 60 % in year 3, 90 % in year 4. */
export async function atteinteLiberal(page: Page): Promise<void> {
  await remplir(page, 'Atteinte de l’objectif en année 3 (en %)', '60');
  await remplir(page, 'Atteinte de l’objectif en année 4 (en %)', '90');
  await attendrePlan(page, PLAN_LIBERAL);
}

/** The centre journey of cds-exemple-1, up to the results (years 1 and 2 known before the what-if). */
export async function parcoursCentre(page: Page, surEtape: SurEtape = async () => {}) {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Centre de santé' }).check();
  await suivant(page, 'Date de signature du contrat');

  await page.getByLabel('Date de signature du contrat avec la CPAM').fill('2021-01-04');
  await surEtape('Date de signature du contrat (centre)');
  await suivant(page, 'Les médecins du centre');

  await remplir(page, 'Médecins généralistes du centre (en équivalents temps plein)', '6');
  await remplir(page, 'Médecins spécialistes du centre (en équivalents temps plein)', '2');
  await page
    .getByRole('group', { name: /créé, ou s’est-il médicalisé/ })
    .getByRole('radio', { name: 'Non', exact: true })
    .check();
  await surEtape('Les médecins du centre');
  await suivant(page, 'La patientèle du centre');

  await remplir(page, 'Patientèle médecin traitant adulte du centre (tous médecins)', '5600');
  await remplir(page, 'File active du centre (patients distincts vus dans l’année)', '16000');
  await surEtape('La patientèle du centre');
  await suivant(page, 'Les assistants médicaux du centre');

  await page.getByRole('button', { name: 'Ajouter un recrutement' }).click();
  await expect(page.getByRole('textbox', { name: 'Année de début du recrutement 1' })).toHaveValue(
    '1',
  );
  await remplir(page, 'ETP d’assistant du recrutement 1', '2');
  await surEtape('Les assistants médicaux du centre');
  await suivant(page, 'Récapitulatif de vos réponses');

  await expect(page.getByText(/2 ETP à partir de l’année 1/)).toBeVisible();
  await surEtape('Récapitulatif de vos réponses (centre)');
  await suivant(page, 'Résultat de la simulation', 'Voir les résultats');
  await expect(page.getByRole('heading', { name: 'Éligible à l’aide' })).toBeVisible();
  await expect
    .poll(async () => (await montantsDuPlan(page)).slice(0, 2))
    .toEqual(['72 000 €', '54 000 €']);
}

/** What-if of cds-exemple-1: patients gained at the end of years 3, 4 and 5. */
export async function realiseCentre(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'patients gagnés (réalisé)' }).check();
  const realises: [number, string, string][] = [
    [3, '270', '700'],
    [4, '420', '1200'],
    [5, '420', '1200'],
  ];
  for (const [k, mt, fa] of realises) {
    await remplir(page, `Patients médecin traitant gagnés à la fin de l’année ${k}`, mt);
    await remplir(page, `Patients de file active gagnés à la fin de l’année ${k}`, fa);
  }
  await attendrePlan(page, PLAN_CENTRE);
}

/**
 * Records the Content-Security-Policy violations of the page (attempts the browser refused), across
 * reloads and navigations: each one is reported to the test through an exposed binding.
 */
const violationsParPage = new WeakMap<Page, string[]>();

export async function ecouterViolations(page: Page): Promise<void> {
  const liste: string[] = [];
  violationsParPage.set(page, liste);
  await page.exposeBinding('signalerViolation', (_source, texte: string) => {
    liste.push(texte);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { signalerViolation: (t: string) => void };
    document.addEventListener('securitypolicyviolation', (e) =>
      w.signalerViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export const violations = async (page: Page): Promise<string[]> => [
  ...(violationsParPage.get(page) ?? []),
];
