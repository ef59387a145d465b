// @vitest-environment jsdom
/**
 * The specialty combobox finds what people type (issue 10): accents and case ignored, synonyms
 * (« généraliste » → Médecine générale, « cardiologue »), close typos.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA } from './aide.ts';

describe('recherche de spécialité', () => {
  it.each([
    ['généraliste', 'Médecine générale'],
    ['Généraliste', 'Médecine générale'],
    ['generaliste', 'Médecine générale'],
    ['médecin généraliste', 'Médecine générale'],
    ['MEDECINE GENERALE', 'Médecine générale'],
    ['cardiologue', 'Cardiologie et maladies vasculaires'],
    ['pédiatre', 'Pédiatrie'],
    ['ophtalmo', 'Ophtalmologie'],
    ['radiolgie', 'Radiologie et imagerie médicale'],
  ])('« %s » propose %s', async (saisie, attendu) => {
    allerA('?v=1&etape=specialite&structure=liberal&dateSignature=2025-02-01');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const combo = screen.getByRole('combobox', { name: 'Spécialité' });
    await user.type(combo, saisie);
    const liste = screen.getByRole('listbox', { name: 'Spécialité' });
    expect(within(liste).getAllByRole('option')[0]).toHaveTextContent(attendu);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(combo).toHaveValue(attendu);
  });
});
