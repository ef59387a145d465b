/**
 * axe-core (WCAG 2.0/2.1 A and AA) on every wizard step of both journeys and on the results pages.
 * Each scan's violations are collected, then reported together, so one step never hides another.
 * Each journey runs a dozen scans: test.slow() gives it three times the usual limit on a busy machine.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  atteinteLiberal,
  parcoursCentre,
  parcoursLiberal,
  realiseCentre,
  suivant,
  titreEtape,
} from './aide.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

class Audit {
  readonly ecrans: string[] = [];
  readonly problemes: string[] = [];

  constructor(private readonly page: Page) {}

  analyser = async (ecran: string): Promise<void> => {
    const { violations } = await new AxeBuilder({ page: this.page }).withTags(TAGS).analyze();
    this.ecrans.push(ecran);
    for (const v of violations) {
      const cibles = v.nodes.map((n) =>
        `      ${n.target.join(' ')} — ${n.failureSummary ?? ''}`.replace(/\n/g, ' '),
      );
      this.problemes.push(
        `[${ecran}] ${v.id} (${v.impact ?? '?'}) : ${v.help}\n${cibles.join('\n')}`,
      );
    }
  };

  verifier(attendus: number): void {
    expect(this.ecrans, 'écrans analysés').toHaveLength(attendus);
    expect(
      this.problemes,
      `Violations axe sur ${this.problemes.length} règle(s) :\n${this.problemes.join('\n')}`,
    ).toEqual([]);
  }
}

/** Opens every "Comment est calculé…" explanation, so the scan sees them. */
async function ouvrirExplications(page: Page): Promise<void> {
  const resumes = page.getByText(/^Comment est calculé/);
  const n = await resumes.count();
  for (let i = 0; i < n; i++) await resumes.nth(i).click();
}

test('assistant d’un médecin libéral et résultats : aucune violation WCAG 2.1 AA', async ({
  page,
}) => {
  test.slow();
  const audit = new Audit(page);
  await parcoursLiberal(page, audit.analyser);
  await audit.analyser('Résultats (libéral)');
  await atteinteLiberal(page);
  await ouvrirExplications(page);
  await audit.analyser('Résultats (libéral, dégressivité, explications ouvertes)');
  audit.verifier(11);
});

test('assistant d’un centre de santé et résultats : aucune violation WCAG 2.1 AA', async ({
  page,
}) => {
  test.slow();
  const audit = new Audit(page);
  await parcoursCentre(page, audit.analyser);
  await audit.analyser('Résultats (centre)');
  await realiseCentre(page);
  await ouvrirExplications(page);
  await audit.analyser('Résultats (centre, réalisé, explications ouvertes)');
  audit.verifier(7);
});

test('questions conditionnelles et erreurs de saisie : aucune violation WCAG 2.1 AA', async ({
  page,
}) => {
  test.slow();
  const audit = new Audit(page);
  await page.goto('/');
  await page.getByRole('radio', { name: 'Médecin libéral' }).check();
  await suivant(page, 'Votre spécialité');
  const specialite = page.getByRole('combobox', { name: 'Spécialité' });
  await specialite.fill('zzz');
  await expect(page.getByText('Aucune spécialité ne correspond.')).toBeVisible();
  await audit.analyser('Spécialité (aucune ne correspond)');
  await specialite.fill('cardio');
  await page
    .getByRole('option', { name: /Cardiologie/ })
    .first()
    .click();
  await suivant(page, 'Votre secteur conventionnel');
  await page.getByRole('radio', { name: 'Secteur 2 (honoraires libres)' }).check();
  await expect(page.getByRole('group', { name: /OPTAM/ })).toBeVisible();
  await audit.analyser('Secteur 2 (question OPTAM)');

  // A structure and centre answers given by a link with an invalid value: notice and error summary.
  await page.goto('/?v=1&etape=centre-medecins&structure=centre&etpGeneralistes=abc&inconnu=1');
  await expect(titreEtape(page, 'Les médecins du centre')).toBeVisible();
  await audit.analyser('Lien avec paramètres ignorés');
  await page
    .getByRole('textbox', { name: 'Médecins généralistes du centre (en équivalents temps plein)' })
    .fill('-3');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expect(
    page.getByRole('textbox', {
      name: 'Médecins généralistes du centre (en équivalents temps plein)',
    }),
  ).toHaveAttribute('aria-invalid', 'true');
  await audit.analyser('Médecins du centre (saisie invalide)');
  audit.verifier(4);
});
