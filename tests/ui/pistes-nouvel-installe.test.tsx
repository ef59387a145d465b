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
