// @vitest-environment jsdom
/** Field errors in French tied to their inputs; the specialty combobox by keyboard. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA } from './aide.ts';

describe('saisie', () => {
  it('une page vierge n’affiche aucune erreur ; « Suivant » sans réponse signale la question obligatoire', async () => {
    allerA('');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const groupe = screen.getByRole('group', { name: 'Vous êtes' });
    expect(within(groupe).queryByText(/obligatoire/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Votre structure' })).toBeInTheDocument();
    expect(within(groupe).getByText(/réponse obligatoire pour continuer/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Médecin libéral' }));
    expect(within(groupe).queryByText(/obligatoire/)).not.toBeInTheDocument();
  });

  it('une valeur invalide est signalée sur son champ, les autres réponses restent', async () => {
    allerA(
      '?v=1&etape=patientele&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const champ = screen.getByRole('textbox', {
      name: 'Patients adultes qui vous ont déclaré médecin traitant',
    });
    await user.type(champ, '12,5');
    expect(champ).toHaveAttribute('aria-invalid', 'true');
    expect(champ).toHaveAccessibleDescription(
      /Patients adultes qui vous ont déclaré médecin traitant\s:\sun nombre entier est attendu/,
    );
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(champ).toHaveFocus();
    const resume = screen.getByRole('alert');
    await user.click(
      within(resume).getByRole('link', {
        name: /Patients adultes qui vous ont déclaré médecin traitant\s:\sun nombre entier est attendu/,
      }),
    );
    expect(champ).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Votre patientèle' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('specialite')).toBe('medecine-generale');
    await user.clear(champ);
    await user.type(champ, '1200');
    expect(champ).not.toHaveAttribute('aria-invalid');
  });

  it('la liste des spécialités se parcourt au clavier et se ferme avec Échap', async () => {
    allerA('?v=1&etape=specialite&structure=liberal&dateSignature=2025-02-01');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const combo = screen.getByRole('combobox', { name: 'Spécialité' });
    await user.type(combo, 'chir');
    expect(screen.getByRole('listbox', { name: 'Spécialité' })).toBeVisible();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(combo).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Escape}');
    expect(combo).toHaveAttribute('aria-expanded', 'false');
    await user.clear(combo);
    await user.type(combo, 'pédiatrie');
    await user.keyboard('{Enter}');
    expect(combo).toHaveValue('Pédiatrie');
    expect(new URLSearchParams(window.location.search).get('specialite')).toBe('pediatrie');
  });
});
