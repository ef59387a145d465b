// @vitest-environment jsdom
/** The contractual objective typed in the results drives the plan, with realised patients as input. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, montantsDuPlan, normal, remplir } from './aide.ts';

describe('objectif contractuel et patients gagnés', () => {
  it('sans grille publique, l’objectif est « fixé par votre CPAM » ; saisi, il sert au calcul', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const region = await screen.findByRole('region', { name: 'Votre objectif de patientèle' });
    expect(normal(region.textContent)).toContain('fixé par votre CPAM');

    await remplir(user, 'Objectif contractuel\u00a0: patients médecin traitant à gagner', '260');
    expect(normal(region.textContent)).toContain('+260 patients');
    expect(
      within(region).getByText('Objectif contractuel que vous avez saisi.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'patients gagnés (réalisé)' }));
    await remplir(user, 'Patients médecin traitant gagnés à la fin de l’année 3', '156');
    expect(montantsDuPlan().annees.slice(0, 4)).toEqual([
      '38 000 €',
      '28 000 €',
      '13 200 €',
      '22 000 €',
    ]);
    expect(new URLSearchParams(window.location.search).get('objectif.mt')).toBe('260');
  });
});
