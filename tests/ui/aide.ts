/** Helpers for the UI tests: normalised text (Intl puts narrow no-break spaces in amounts). */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * The results screen is lazy-loaded: load its module once up front (`findBy…` and `waitFor` wait
 * up to 20 s in every test file, tests/setup.ts).
 */
await import('../../src/ui/resultats/Resultats.tsx');

export const normal = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

/** The "Montant" column of the plan (first after the year), year by year, then the total. */
export function montantsDuPlan(): { annees: string[]; total: string } {
  const table = screen.getByRole('table', { name: /Versements prévisionnels/ });
  const lignes = within(table).getAllByRole('row');
  const montant = (ligne: HTMLElement) =>
    normal(within(ligne).getAllByRole('cell').at(0)?.textContent);
  const corps = lignes.filter((l) =>
    /^Année \d+/.test(normal(within(l).queryByRole('rowheader')?.textContent)),
  );
  const total = lignes.find(
    (l) => normal(within(l).queryByRole('rowheader')?.textContent) === 'Total',
  );
  return { annees: corps.map(montant), total: total ? montant(total) : '' };
}

export async function suivant(user: UserEvent, titre: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Suivant' }));
  const h = screen.getByRole('heading', { level: 2, name: titre });
  if (document.activeElement !== h) throw new Error(`Le focus n’est pas sur « ${titre} »`);
}

export async function remplir(
  user: UserEvent,
  nom: string | RegExp,
  valeur: string,
): Promise<void> {
  const champ = screen.getByRole('textbox', { name: nom });
  await user.clear(champ);
  await user.type(champ, valeur);
}

export function allerA(recherche: string): void {
  window.history.replaceState(null, '', `/${recherche}`);
}

/**
 * The results heading appears, then takes focus: the lazy results chunk moves focus in its own
 * effect, a moment after the heading is in the page (a loaded machine widens that moment).
 */
export async function titreResultatsFocalise(): Promise<void> {
  const titre = await screen.findByRole('heading', {
    level: 2,
    name: 'Résultat de la simulation',
  });
  await waitFor(() => expect(titre).toHaveFocus());
}
