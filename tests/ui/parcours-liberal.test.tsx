// @vitest-environment jsdom
/** Golden case lib-2024-plein-degressivite, typed through the wizard with the real engine. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import {
  allerA,
  titreResultatsFocalise,
  montantsDuPlan,
  normal,
  remplir,
  suivant,
} from './aide.ts';

beforeEach(() => allerA(''));

describe('parcours d’un médecin généraliste libéral', () => {
  it('mène au plan 38 000 / 28 000 / 22 000 puis applique la dégressivité des années 3 et 4', async () => {
    const user = userEvent.setup();
    render(<PageSimulateur />);
    expect(screen.getByText('Étape 1 sur 8')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Médecin libéral' }));
    await suivant(user, 'Votre spécialité');

    const specialite = screen.getByRole('combobox', { name: 'Spécialité' });
    await user.type(specialite, 'generale');
    expect(specialite).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(specialite).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: 'Médecine générale' }).id,
    );
    await user.keyboard('{Enter}');
    expect(specialite).toHaveValue('Médecine générale');
    await suivant(user, 'Votre secteur conventionnel');

    expect(screen.queryByRole('group', { name: /OPTAM/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Secteur 1' }));
    await suivant(user, 'Date de signature du contrat');

    const date = screen.getByLabelText('Date de signature du contrat avec la CPAM');
    await user.clear(date);
    await user.type(date, '2025-02-01');
    await suivant(user, 'Votre patientèle');

    expect(screen.getAllByText(/espace pro amelipro/).length).toBeGreaterThan(0);
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Position de votre patientèle/ }),
      'P30-P50',
    );
    await suivant(user, 'Votre exercice');

    expect(screen.queryByRole('group', { name: /zone sous-dense/ })).not.toBeInTheDocument();
    const installe = screen.getByRole('group', { name: 'Êtes-vous nouvellement installé\u202f?' });
    await user.click(within(installe).getByRole('radio', { name: 'Non' }));
    const rqth = screen.getByRole('group', { name: /travailleur handicapé/ });
    await user.click(within(rqth).getByRole('radio', { name: 'Non' }));
    const mixte = screen.getByRole('group', { name: /activité mixte/ });
    await user.click(within(mixte).getByRole('radio', { name: 'Non' }));
    await suivant(user, 'Temps de travail de l’assistant');

    expect(screen.queryByRole('radio', { name: /tiers de temps/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Temps plein (1 ETP)' }));
    await suivant(user, 'Récapitulatif de vos réponses');

    expect(screen.getByRole('link', { name: 'Modifier\u00a0: Spécialité' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir les résultats' }));
    await titreResultatsFocalise();
    expect(screen.getByRole('heading', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan().annees.slice(0, 3)).toEqual(['38 000 €', '28 000 €', '22 000 €']);

    await remplir(user, 'Atteinte de l’objectif en année 3 (en %)', '60');
    await remplir(user, 'Atteinte de l’objectif en année 4 (en %)', '90');
    expect(montantsDuPlan()).toEqual({
      annees: ['38 000 €', '28 000 €', '13 200 €', '19 800 €', '22 000 €'],
      total: '121 000 €',
    });
    expect(new URLSearchParams(window.location.search).get('atteinte')).toBe('1;1;0.6;0.9');
    const graphique = screen.getByRole('img', { name: 'Montants versés par année de contrat' });
    expect(normal(graphique.querySelector('desc')?.textContent)).toContain('Année 3 : 13 200 €');
    expect(graphique).toHaveAttribute('aria-describedby', 'graphique-desc');
  });
});
