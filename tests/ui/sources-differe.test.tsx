// @vitest-environment jsdom
/**
 * The sources page shows its frame first and renders the rest in the background (deferred value):
 * every table still arrives, in one piece, and a link to one of its parts (#parametre-…, as the
 * net cost page gives) is followed once it is there.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARAMETRES } from '../../src/engine/catalogue.ts';
import { PageSources } from '../../src/ui/pages/sources/PageSources.tsx';

const ANCRE = 'parametre-cout-salaire-minimum-conventionnel';

const { scrollIntoView } = Element.prototype;

describe('page des règles et sources rendue en arrière-plan', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('tous les tableaux arrivent, ensemble', async () => {
    render(<PageSources />);
    expect(await screen.findByRole('heading', { level: 2, name: /^Paramètres/ })).toBeVisible();
    expect(screen.getAllByRole('table')).toHaveLength(PARAMETRES.length);
  });

  it('un lien vers un paramètre y mène une fois la page complète', async () => {
    const vus: string[] = [];
    // jsdom has no scrolling: record which element is brought into view.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      vus.push(this.id);
    });
    window.history.replaceState(null, '', `/sources.html#${ANCRE}`);
    render(<PageSources />);
    await waitFor(() => expect(vus).toEqual([ANCRE]));
    expect(document.getElementById(ANCRE)).toHaveTextContent(/^Salaire minimum conventionnel/);
  });
});
