// @vitest-environment jsdom
/**
 * Issue 10: a GP under P30 who would qualify as newly installed is told so, never « Aucun
 * changement simple ».
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA } from './aide.ts';

describe('ce qui changerait le résultat', () => {
  it('sous P30 : « En tant que nouvel installé, vous seriez éligible »', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=%3CP30&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await screen.findByRole('region', { name: 'Pas éligible à l’aide' });
    const pistes = screen.getByRole('region', { name: 'Ce qui changerait le résultat' });
    expect(within(pistes).queryByText(/Aucun changement simple/)).not.toBeInTheDocument();
    expect(
      within(pistes).getByText(/^En tant que nouvel installé, vous seriez éligible\.$/),
    ).toBeInTheDocument();
    await user.click(
      within(pistes).getByRole('button', {
        name: 'Simuler ce cas\u00a0: en tant que nouvel installé',
      }),
    );
    expect(screen.getByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
  });
});

describe('ce qui changerait le résultat, aide à confirmer', () => {
  it('activité mixte (à confirmer) : pas « ne rendrait l’aide possible », la réserve revient à la CPAM', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2026-01-15&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true&nouvelInstalle=false&rqthOuAld=false&activiteMixte=true',
    );
    render(<PageSimulateur />);
    await screen.findByRole('region', { name: 'Éligibilité à confirmer par la CPAM' });
    const pistes = screen.getByRole('region', { name: 'Ce qui changerait le résultat' });
    expect(within(pistes).queryByText(/ne rendrait l’aide possible/)).not.toBeInTheDocument();
    expect(
      within(pistes).getByText(
        /^Aucun changement simple de vos réponses ne lèverait la réserve\s: c’est votre CPAM qui confirmera les points signalés\.$/,
      ),
    ).toBeInTheDocument();
  });
});
