// @vitest-environment jsdom
/**
 * Calendar page, issue 10: every calendar year of the projection (0 € years kept), the projection
 * runs through the current calendar year, a year covered only in part is said to be; the
 * recruitment date is offered only where it moves a payment (avenant 7), and said useless for a
 * 2024 contract.
 */
import { render, screen, within } from '@testing-library/react';
import { PageCalendrier } from '../../src/ui/pages/calendrier/PageCalendrier.tsx';

const normal = (s: string | null | undefined): string =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A GP, ⅓ ETP, signed 2021-03-31 (7 350 € a year from year 3 with the 2024 revaluation). */
const TIERS_2021 =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2021-03-31&specialite=medecine-generale&secteur=1&option=tiers&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true';
const PLEIN_2024 =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2024-09-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50';

function anneesCiviles(): string[][] {
  const table = screen.getByRole('table', { name: 'Versements par année civile' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => normal(c.textContent)));
}

describe('calendrier par année civile', () => {
  it('un contrat ⅓ ETP de 2021 vu en 2026 : 2026 complet à 7 350 €, 2027 partielle et dite telle', () => {
    render(<PageCalendrier recherche={TIERS_2021} aujourdhui="2026-11-29" />);
    // 2021: 70 % of year 1 (8 400); 2022: its balance 3 600 + year 2 9 000; 2023: first half of
    // year 3 (3 500); 2024: 3 500 + 3 500; 2025: 3 500 + 3 675 (year 5 revalued); 2026: 3 675 +
    // 3 675 (years 5 and 6); 2027: second half of year 6 only, year 7 not projected.
    expect(anneesCiviles()).toEqual([
      ['2021', '1', '8 400 €'],
      ['2022', '2', '12 600 €'],
      ['2023', '1', '3 500 €'],
      ['2024', '2', '7 000 €'],
      ['2025', '2', '7 175 €'],
      ['2026', '2', '7 350 €'],
      ['2027 (partielle)', '1', '3 675 €'],
      ['Total', '11', '49 700 €'],
    ]);
    expect(
      screen.getByText(
        /^L’année civile 2027 est partielle\s: la projection s’arrête à la fin de l’année 6 du contrat/,
      ),
    ).toBeVisible();
  });

  it('la durée du lien est respectée : sur 5 ans, 2026 ne porte que 3 675 € et est partielle', () => {
    render(<PageCalendrier recherche={`${TIERS_2021}&annees=5`} aujourdhui="2026-11-29" />);
    expect(anneesCiviles().at(-2)).toEqual(['2026 (partielle)', '1', '3 675 €']);
  });

  it('contrat 2024 : pas de champ de recrutement, la raison est dite', () => {
    render(<PageCalendrier recherche={PLEIN_2024} aujourdhui="2025-03-10" />);
    expect(screen.queryByLabelText(/Date de recrutement/)).toBeNull();
    expect(
      screen.getByText(/^La date de recrutement de l’assistant ne change rien à ce calendrier/),
    ).toBeVisible();
  });

  it('contrat avenant 7 : le champ de recrutement reste proposé', () => {
    render(<PageCalendrier recherche={TIERS_2021} aujourdhui="2026-11-29" />);
    expect(screen.getByLabelText('Date de recrutement de l’assistant (facultatif)')).toBeVisible();
  });
});
