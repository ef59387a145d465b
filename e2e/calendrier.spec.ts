/**
 * The payment calendar page (calendrier.html) in Chromium: the golden case lib-avenant7-revalorisation
 * opened from its URL, the CSV and .ics downloads read back, the regime comparison at a fixed date,
 * the recruitment date kept in the address (reload, back button) and its error on a partial date,
 * the 320 px layout, the link from the simulator's results, and an axe scan (WCAG 2.0/2.1 A and AA).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { normal, parcoursLiberal } from './aide.ts';

const REQUETE =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2022-09-01&specialite=medecine-generale&secteur=1&option=demi&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function ouvrir(page: Page): Promise<void> {
  // The page passes "today" to the comparison and to DTSTAMP: a fixed clock makes both literal.
  await page.clock.setFixedTime(new Date('2025-03-10T10:00:00+01:00'));
  await page.goto(`/calendrier.html${REQUETE}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Calendrier des versements' }),
  ).toBeVisible();
}

async function telecharger(page: Page, bouton: string): Promise<{ nom: string; texte: string }> {
  const attente = page.waitForEvent('download');
  await page.getByRole('button', { name: bouton }).click();
  const fichier = await attente;
  const chemin = await fichier.path();
  return { nom: fichier.suggestedFilename(), texte: await readFile(chemin, 'utf8') };
}

test.describe('calendrier des versements', () => {
  test('le contrat avenant 7 revalorisé : l’année à 11 000 € à partir du 1er septembre 2024', async ({
    page,
  }) => {
    await ouvrir(page);
    await expect(page.getByRole('heading', { name: 'Calendrier indicatif' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Versements par année de contrat' });
    const annee3 = table.getByRole('rowheader', { name: /^Année 3 — à partir du/ });
    await expect(annee3).toBeVisible();
    expect(normal(await annee3.textContent())).toMatch(
      /^Année 3 — à partir du 1(er)? septembre 2024 — 11 000 € \(montant Convention 2024\)$/,
    );
    const mars2025 = table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: '1er mars 2025', exact: true }),
    });
    expect(normal(await mars2025.textContent())).toContain('Avance de 50 %5 500 €');

    const civile = page.getByRole('table', { name: 'Versements par année civile' });
    const total = civile
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Total' }) });
    expect(normal(await total.textContent())).toBe('Total964 500 €');

    const comparaison = page.getByRole('table', {
      name: /contrat en cours et nouveau contrat 2024/,
    });
    const totaux = comparaison.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'Total sur cinq ans' }),
    });
    expect(normal(await totaux.textContent())).toBe('Total sur cinq ans55 000 €60 500 €+5 500 €');
  });

  test('télécharge le calendrier en CSV et en iCalendar', async ({ page }) => {
    await ouvrir(page);
    const csv = await telecharger(page, 'Télécharger le calendrier (CSV)');
    expect(csv.nom).toBe('calendrier-aide-assistant-medical-2022-09-01.csv');
    const lignes = csv.texte
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lignes).toHaveLength(10);
    expect(lignes[0]).toBe(
      'Année de contrat;Recrutement;Année du recrutement;Date;Versement;Part (%);Montant (€);Indicatif;Remarque',
    );
    expect(lignes[1]).toMatch(/^1;;;2022-09-16;Avance de 70 %;70;12600,00;oui;/);
    expect(lignes[4]).toMatch(/^3;;;2025-03-01;Avance de 50 %;50;5500,00;oui;/);
    expect(lignes[5]).toMatch(/^3;;;2025-09-01;Solde de 50 %;50;5500,00;oui;/);

    const ics = await telecharger(page, 'Ajouter à mon agenda (fichier .ics)');
    expect(ics.nom).toBe('calendrier-aide-assistant-medical-2022-09-01.ics');
    const texte = ics.texte.replace(/\r\n /g, '');
    expect(texte.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(texte.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(texte.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(texte.match(/DTSTAMP:20250310T000000Z/g)).toHaveLength(9);
    expect(texte).toContain('DTSTART;VALUE=DATE:20250901');
    expect(normal(texte)).toContain(
      'SUMMARY:Aide assistant médical : solde de 50 % de l’année 3 (5 500 €)',
    );
  });

  // Avenant 7: the 70 % advance of year 1 is due within 15 days of the recruitment (seed 000):
  // recruited on 20 October 2022 → 4 November 2022 (instead of 16 September, signature + 15 days).
  test('la date de recrutement survit au rechargement et au bouton Retour, et part dans les fichiers', async ({
    page,
  }) => {
    await ouvrir(page);
    const champ = page.getByLabel('Date de recrutement de l’assistant (facultatif)');
    const table = page.getByRole('table', { name: 'Versements par année de contrat' });
    const avance = (date: string) => table.getByRole('rowheader', { name: date, exact: true });
    await expect(avance('16 septembre 2022')).toBeVisible();
    await champ.fill('2022-10-20');
    await expect(avance('4 novembre 2022')).toBeVisible();
    await expect(page).toHaveURL(`/calendrier.html${REQUETE}&recrutement=2022-10-20`);

    await page.reload();
    await expect(champ).toHaveValue('2022-10-20');
    await expect(avance('4 novembre 2022')).toBeVisible();
    await expect(avance('16 septembre 2022')).toHaveCount(0);

    const csv = await telecharger(page, 'Télécharger le calendrier (CSV)');
    const lignes = csv.texte.replace(/^\uFEFF/, '').split('\r\n');
    expect(lignes[1]).toBe(
      '1;;;2022-11-04;Avance de 70 %;70;12600,00;non;Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant.',
    );
    const ics = await telecharger(page, 'Ajouter à mon agenda (fichier .ics)');
    expect(ics.texte).toContain('DTSTART;VALUE=DATE:20221104');
    expect(ics.texte).not.toContain('DTSTART;VALUE=DATE:20220916');

    // To the simulator: its link carries only the simulator's fields, so it sets nothing aside.
    await page.getByRole('link', { name: 'Revenir à la simulation' }).click();
    await expect(page).toHaveURL(/\/\?v=1&etape=resultats&/);
    expect(page.url()).not.toContain('recrutement');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/ignorés/)).toHaveCount(0);

    await page.goBack();
    await expect(champ).toHaveValue('2022-10-20');
    await expect(avance('4 novembre 2022')).toBeVisible();
  });

  test('une date de recrutement rendue incomplète : message lié au champ, l’adresse garde la dernière date lue', async ({
    page,
  }) => {
    await ouvrir(page);
    const champ = page.getByLabel('Date de recrutement de l’assistant (facultatif)');
    const table = page.getByRole('table', { name: 'Versements par année de contrat' });
    await champ.fill('2022-10-20');
    await expect(table.getByRole('rowheader', { name: '4 novembre 2022' })).toBeVisible();
    // Clearing one part (day, month or year: the order follows the browser's language) leaves a
    // partial date, which the input reports as an empty value with validity.badInput.
    await champ.focus();
    await page.keyboard.press('Backspace');
    expect(await champ.evaluate((e: HTMLInputElement) => e.validity.badInput)).toBe(true);
    await champ.blur();
    const message =
      'Date de recrutement incomplète : indiquez le jour, le mois et l’année. En attendant, la date de signature est retenue.';
    await expect(page.getByText(message)).toBeVisible();
    await expect(champ).toHaveAttribute('aria-invalid', 'true');
    await expect(champ).toHaveAccessibleDescription(
      new RegExp(`${message.replace(' : ', '\\s:\\s')}$`),
    );
    await expect(table.getByRole('rowheader', { name: '16 septembre 2022' })).toBeVisible();
    await expect(page).toHaveURL(/&recrutement=2022-10-20$/);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await champ.fill('2022-10-21');
    await expect(page.getByText(message)).toHaveCount(0);
    await expect(champ).not.toHaveAttribute('aria-invalid');
    await expect(table.getByRole('rowheader', { name: '5 novembre 2022' })).toBeVisible();
    await expect(page).toHaveURL(/&recrutement=2022-10-21$/);
  });

  test('utilisable à 320 px de large et au clavier', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await ouvrir(page);
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: 'Versements par année de contrat' });
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });

  test('aucune violation axe (WCAG 2.0 et 2.1, A et AA)', async ({ page }) => {
    await ouvrir(page);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test('le formulaire minimal, sans simulation, passe l’analyse axe', async ({ page }) => {
    await page.goto('/calendrier.html');
    await expect(page.getByRole('button', { name: 'Afficher le calendrier' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('depuis les résultats du simulateur, le lien « Calendrier des versements » garde la simulation', async ({
    page,
  }) => {
    await parcoursLiberal(page);
    await page.getByRole('link', { name: 'Calendrier des versements' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Calendrier des versements' }),
    ).toBeVisible();
    const annee1 = page
      .getByRole('table', { name: 'Versements par année de contrat' })
      .getByRole('rowheader', { name: /^Année 1 — à partir du/ });
    expect(normal(await annee1.textContent())).toMatch(/1(er)? février 2025 — 38 000 €$/);
  });
});
