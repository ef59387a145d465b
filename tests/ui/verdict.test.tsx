// @vitest-environment jsdom
/** An ineligible verdict lists every reason and what would change it (engine re-run on variants). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { allerA, normal } from './aide.ts';

const SANS_OPTAM = {
  structure: 'liberal',
  dateSignature: '2025-03-10',
  specialite: 'dermatologie',
  secteur: '2',
  optam: false,
  option: 'demi',
  bande: 'P50-P70',
} as const;

describe('verdict d’inéligibilité', () => {
  it('secteur 2 sans OPTAM : toutes les raisons et « Avec l’OPTAM… »', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-03-10&specialite=dermatologie&secteur=2&optam=false&option=demi&bande=P50-P70&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', { name: 'Pas éligible à l’aide' });
    const valide = validerSituation(SANS_OPTAM);
    if (!valide.ok) throw new Error('situation invalide');
    const raisons = simuler(valide.situation).eligibilite.raisons;
    expect(raisons.length).toBeGreaterThan(0);
    for (const r of raisons) expect(normal(verdict.textContent)).toContain(normal(r.message));

    const pistes = screen.getByRole('region', { name: 'Ce qui changerait le résultat' });
    expect(within(pistes).getByText(/Avec l’OPTAM, vous seriez éligible\./)).toBeInTheDocument();
    await user.click(
      within(pistes).getByRole('button', { name: 'Simuler ce cas\u00a0: avec l’OPTAM' }),
    );
    expect(screen.getByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
  });

  it('chaque montant a son explication, avec ses sources et leur degré de confiance', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const resume = await screen.findByText(
      'Comment est calculé ce montant ? (année 1 : 38 000 €)',
      { normalizer: normal },
    );
    await user.click(resume);
    const details = resume.closest('details');
    expect(details).toHaveAttribute('open');
    expect(normal(details?.textContent)).toMatch(/officiel/);
    expect(normal(details?.textContent)).toMatch(/ameli\.fr/);
  });
});
