// @vitest-environment jsdom
/**
 * Issue 10: a doctor who does not know his percentile band sees the plan of each band that changes
 * the amounts, side by side (P30–P90, P90–P95, ≥ P95); the CPAM states the band. Convention 2024,
 * 1 ETP: 38 000 / 28 000 / 22 000 €, majoration P90–P95 26 000 € from year 3, ≥ P95 38 000 € a year.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, montantsDuPlan, normal, remplir, suivant } from './aide.ts';

beforeEach(() => allerA(''));

/** The band table, row by row: header then cells, as read. */
function lignesBandes(): string[][] {
  const table = screen.getByRole('table', {
    name: 'Versements prévisionnels selon la bande de percentile, sur 5 ans',
  });
  return within(table)
    .getAllByRole('row')
    .map((l) => [...l.querySelectorAll('th, td')].map((c) => normal(c.textContent)));
}

const TROIS_BANDES = [
  ['Année', 'Bande P30 à P90', 'Bande P90 à P95', 'Bande P95 et plus'],
  ['Année 1', '38 000 €', '38 000 €', '38 000 €'],
  ['Année 2', '28 000 €', '28 000 €', '38 000 €'],
  ['Année 3', '22 000 €', '26 000 €', '38 000 €'],
  ['Année 4', '22 000 €', '26 000 €', '38 000 €'],
  ['Année 5', '22 000 €', '26 000 €', '38 000 €'],
  ['Total', '132 000 €', '144 000 €', '190 000 €'],
];

describe('bande de percentile inconnue', () => {
  it('un cardiologue qui ne connaît pas sa bande saisit sa file active et voit les trois plans', async () => {
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await user.click(screen.getByRole('radio', { name: 'Médecin libéral' }));
    await suivant(user, 'Votre spécialité');
    await user.type(screen.getByRole('combobox', { name: 'Spécialité' }), 'Cardiologie');
    await user.click(screen.getByRole('option', { name: /^Cardiologie/ }));
    await suivant(user, 'Votre secteur conventionnel');
    await user.click(screen.getByRole('radio', { name: 'Secteur 1' }));
    await suivant(user, 'Date de signature du contrat');
    const date = screen.getByLabelText('Date de signature du contrat avec la CPAM');
    await user.clear(date);
    await user.type(date, '2025-03-01');
    await suivant(user, 'Votre patientèle');

    await remplir(user, /^File active/, '3000');
    expect(
      screen.getByRole('combobox', { name: /Position de votre patientèle/ }),
    ).toHaveDisplayValue('Je ne la connais pas');
    await suivant(user, 'Votre exercice');
    await user.click(
      within(screen.getByRole('group', { name: /nouvellement installé/ })).getByRole('radio', {
        name: 'Non',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: /travailleur handicapé/ })).getByRole('radio', {
        name: 'Non',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: /activité mixte/ })).getByRole('radio', {
        name: 'Non',
      }),
    );
    await suivant(user, 'Temps de travail de l’assistant');
    await user.click(screen.getByRole('radio', { name: 'Temps plein (1 ETP)' }));
    await suivant(user, 'Récapitulatif de vos réponses');
    expect(screen.getByText('3 000')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir les résultats' }));

    expect(
      await screen.findByRole('heading', { name: 'Montants selon votre bande de percentile' }),
    ).toBeInTheDocument();
    expect(lignesBandes()).toEqual(TROIS_BANDES);
    const page = normal(document.body.textContent);
    expect(page).toContain('C’est votre CPAM qui l’indique');
    expect(page).toContain(
      'Sous le 30e percentile (P30), l’aide n’est pas accordée, sauf exemption (par exemple si vous êtes nouvellement installé) : ce cas n’est pas présenté.',
    );
    expect(page).not.toContain('non calculable');
    expect(
      screen.queryByRole('img', { name: 'Montants versés par année de contrat' }),
    ).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('patientele.fileActive')).toBe('3000');

    await user.click(screen.getByRole('link', { name: 'Indiquer ma bande de percentile' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Position de votre patientèle/ }),
      'P90-P95',
    );
    await user.click(screen.getByRole('button', { name: 'Revenir aux résultats' }));
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan()).toEqual({
      annees: ['38 000 €', '28 000 €', '26 000 €', '26 000 €', '26 000 €'],
      total: '144 000 €',
    });
  });

  it('un généraliste à 1 600 patients (convention 2024) : sans majoration d’après ses effectifs, et les plans majorés que la CPAM peut indiquer', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-03-01&specialite=medecine-generale&secteur=1&option=plein&patientele.mtAdultes=1600&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
    render(<PageSimulateur />);
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(lignesBandes()).toEqual(TROIS_BANDES);
  });

  it('une bande connue donne un seul plan', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-03-01&specialite=cardiologie&secteur=1&option=plein&bande=P50-P70&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
    render(<PageSimulateur />);
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: /selon la bande de percentile/ }),
    ).not.toBeInTheDocument();
    expect(montantsDuPlan().total).toBe('132 000 €');
  });
});
