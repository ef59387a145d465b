// @vitest-environment jsdom
/** Every answer is editable from the results; a question appears only when the engine says it matters. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, titreResultatsFocalise, montantsDuPlan } from './aide.ts';

describe('modifier une réponse depuis les résultats', () => {
  it('passer en secteur 2 fait apparaître la question OPTAM, puis revenir aux résultats', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=demi&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    expect(
      (await screen.findAllByRole('link', { name: 'Modifier\u00a0: Secteur conventionnel' }))
        .length,
    ).toBe(1);
    expect(montantsDuPlan().annees[0]).toBe('19 000 €');
    await user.click(screen.getByRole('link', { name: 'Modifier\u00a0: Secteur conventionnel' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Votre secteur conventionnel' }),
    ).toHaveFocus();
    expect(
      screen.queryByRole('group', { name: 'Adhérez-vous à l’OPTAM ou à l’OPTAM-CO\u202f?' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Secteur 2 (honoraires libres)' }));
    const optam = screen.getByRole('group', {
      name: 'Adhérez-vous à l’OPTAM ou à l’OPTAM-CO\u202f?',
    });
    expect(optam).toBeInTheDocument();
    await user.click(screen.getAllByRole('radio', { name: 'Oui' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Revenir aux résultats' }));
    await titreResultatsFocalise();
    expect(screen.getByRole('heading', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan().annees[0]).toBe('19 000 €');
    const query = new URLSearchParams(window.location.search);
    expect([query.get('secteur'), query.get('optam')]).toEqual(['2', 'true']);
  });

  it('compare les options ouvertes par le régime et permet d’en choisir une', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=demi&bande=P30-P50',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const table = await screen.findByRole('table', {
      name: /Total versé selon le temps d’assistant/,
    });
    expect(table).toHaveTextContent('½ ETP (votre choix)');
    await user.click(screen.getByRole('button', { name: 'Choisir 1 ETP' }));
    expect(montantsDuPlan().annees[0]).toBe('38 000 €');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Durée simulée' }), '7');
    expect(montantsDuPlan().annees).toHaveLength(7);
    expect(new URLSearchParams(window.location.search).get('annees')).toBe('7');
  });
});
