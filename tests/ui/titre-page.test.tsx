// @vitest-environment jsdom
/** The page title follows the step (issue 10): « Étape 3 sur 9 : … — Simulateur… », then the results. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, normal } from './aide.ts';

describe('titre du document', () => {
  it('change à chaque étape et sur les résultats', async () => {
    allerA('');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    expect(normal(document.title)).toMatch(
      /^Étape 1 sur \d+ : Votre structure — Simulateur de l’aide à l’emploi d’un assistant médical$/,
    );
    await user.click(screen.getByRole('radio', { name: 'Médecin libéral' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(normal(document.title)).toMatch(/^Étape 2 sur \d+ : Votre spécialité — Simulateur/);
  });

  it('sur les résultats', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false',
    );
    render(<PageSimulateur />);
    await screen.findByRole('heading', { level: 2, name: 'Résultat de la simulation' });
    expect(document.title).toBe(
      'Résultat de la simulation — Simulateur de l’aide à l’emploi d’un assistant médical',
    );
  });
});
