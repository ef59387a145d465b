// @vitest-environment jsdom
/**
 * The results screen is rendered in the background (a deferred value, time-sliced by React), so
 * that arriving on it is no longer one long main-thread task: « Calcul en cours… » stays until the
 * whole page is ready, which then appears at once (nothing arrives later, under what is read), and
 * the heading still takes the focus when the results are reached from the wizard.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA } from './aide.ts';

const REPONSES =
  'v=1&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9' +
  '&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50' +
  '&nouvelInstalle=false&rqthOuAld=false';

describe('résultats rendus en arrière-plan', () => {
  it('par un lien : la page entière arrive d’un coup, sans « Calcul en cours… » restant', async () => {
    allerA(`?${REPONSES}&etape=resultats`);
    render(<PageSimulateur />);
    const titre = await screen.findByRole('heading', {
      level: 2,
      name: 'Résultat de la simulation',
    });
    // Everything below the heading is committed with it: verdict, plan, answers, actions.
    expect(screen.getByRole('table', { name: /Versements prévisionnels/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vos réponses' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Comment est calculé ce montant/).length).toBeGreaterThan(0);
    expect(screen.queryByText('Calcul en cours…')).not.toBeInTheDocument();
    // A link keeps the browser's own start: the heading does not take the focus.
    expect(titre).not.toHaveFocus();
  });

  it('depuis le récapitulatif : le titre des résultats prend le focus une fois affiché', async () => {
    const user = userEvent.setup();
    allerA(`?${REPONSES}&etape=recapitulatif`);
    render(<PageSimulateur />);
    await user.click(await screen.findByRole('button', { name: 'Voir les résultats' }));
    const titre = await screen.findByRole('heading', {
      level: 2,
      name: 'Résultat de la simulation',
    });
    await waitFor(() => expect(titre).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Vos réponses' })).toBeInTheDocument();
  });
});
