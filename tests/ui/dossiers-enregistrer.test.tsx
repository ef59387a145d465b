// @vitest-environment jsdom
/**
 * Saving the same simulation twice updates it (no « (2) » copy); a name another simulation uses
 * asks first: replace, keep both, or cancel (issue 10).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { CLE_STOCKAGE } from '../../src/ui/persistance/stockage.ts';
import { allerA } from './aide.ts';

const LIEN =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9;1&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false';
const stockes = (): { nom: string; reponses: Record<string, string> }[] =>
  JSON.parse(localStorage.getItem(CLE_STOCKAGE) ?? '[]');

beforeEach(() => localStorage.clear());

async function enregistrer(user: ReturnType<typeof userEvent.setup>, nom: string) {
  const champ = screen.getByRole('textbox', { name: 'Nom de la simulation' });
  await user.clear(champ);
  if (nom) await user.type(champ, nom);
  await user.click(screen.getByRole('button', { name: 'Enregistrer cette simulation' }));
}

describe('enregistrer deux fois', () => {
  it('la même simulation sous le même nom est mise à jour, pas copiée', async () => {
    const user = userEvent.setup();
    allerA(LIEN);
    render(<PageSimulateur />);
    await screen.findByRole('heading', { name: 'Éligible à l’aide' });
    await enregistrer(user, 'Cabinet A');
    await enregistrer(user, 'Cabinet A');
    expect(
      screen.getByText(/^Simulation « Cabinet A » mise à jour dans ce navigateur/),
    ).toBeInTheDocument();
    expect(stockes().map((d) => d.nom)).toEqual(['Cabinet A']);
  });

  it('sans nom, deux clics ne font qu’une simulation', async () => {
    const user = userEvent.setup();
    allerA(LIEN);
    render(<PageSimulateur />);
    await screen.findByRole('heading', { name: 'Éligible à l’aide' });
    await enregistrer(user, '');
    await enregistrer(user, '');
    expect(stockes()).toHaveLength(1);
  });

  it('un nom déjà pris par une autre simulation : la question, puis remplacer ou garder les deux', async () => {
    const user = userEvent.setup();
    allerA(LIEN);
    const { unmount } = render(<PageSimulateur />);
    await screen.findByRole('heading', { name: 'Éligible à l’aide' });
    await enregistrer(user, 'Cabinet A');
    unmount();
    allerA(LIEN.replace('option=plein', 'option=demi'));
    render(<PageSimulateur />);
    await screen.findByRole('heading', { name: 'Éligible à l’aide' });
    await enregistrer(user, 'Cabinet A');
    const question = screen.getByRole('group', {
      name: /^Une autre simulation s’appelle déjà « Cabinet A »/,
    });
    expect(stockes()).toHaveLength(1);
    const remplacer = within(question).getByRole('button', { name: 'Remplacer « Cabinet A »' });
    expect(remplacer).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('textbox', { name: 'Nom de la simulation' })).toHaveFocus();
    expect(stockes()).toHaveLength(1);

    await enregistrer(user, 'Cabinet A');
    await user.click(screen.getByRole('button', { name: 'Enregistrer une copie' }));
    expect(stockes().map((d) => d.nom)).toEqual(['Cabinet A', 'Cabinet A (2)']);

    await enregistrer(user, 'Cabinet A');
    await user.click(screen.getByRole('button', { name: 'Remplacer « Cabinet A »' }));
    expect(stockes().map((d) => [d.nom, d.reponses.option])).toEqual([
      ['Cabinet A', 'demi'],
      ['Cabinet A (2)', 'demi'],
    ]);
  });
});
