// @vitest-environment jsdom
/**
 * The page's first load shows the first step by itself (PremiereEtape.tsx), before the wizard is
 * loaded: it must be the wizard's own first step — same page, same title, same address, same
 * message when « Suivant » is pressed without an answer — and hand over to the wizard, which goes
 * on to the next step with the focus on its heading.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aujourdhui } from '../../src/ui/horloge.ts';
import { Accueil } from '../../src/ui/pages/simulateur/Accueil.tsx';
import { Cadre } from '../../src/ui/pages/simulateur/Cadre.tsx';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import {
  adressePremiereEtape,
  departSimple,
} from '../../src/ui/pages/simulateur/premiere-etape.ts';
import { ecrireUrl } from '../../src/ui/state/url.ts';
import { allerA } from './aide.ts';

const PremierChargement = () => (
  <Cadre>
    <Accueil />
  </Cadre>
);

interface Vue {
  html: string;
  titre: string;
  adresse: string;
  focus: string | undefined;
}

/** Renders a page at the simulator's start, does `faire`, and reads what the user gets. */
async function vue(
  Page: () => React.JSX.Element,
  faire: (user: ReturnType<typeof userEvent.setup>) => Promise<void>,
): Promise<Vue> {
  allerA('');
  const user = userEvent.setup();
  const { container } = render(<Page />);
  await faire(user);
  const lu = {
    html: container.innerHTML,
    titre: document.title,
    adresse: window.location.search,
    focus: document.activeElement === document.body ? 'body' : document.activeElement?.outerHTML,
  };
  cleanup();
  return lu;
}

const cocher = (nom: string) => async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('radio', { name: nom }));

describe('la première étape du premier chargement', () => {
  it.each([
    ['sans réponse', async () => {}],
    ['Médecin libéral choisi', cocher('Médecin libéral')],
    ['Centre de santé choisi', cocher('Centre de santé')],
    ['groupe choisi', cocher('Groupe de médecins généralistes (contrat collectif)')],
    [
      '« Suivant » sans réponse',
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole('button', { name: 'Suivant' })),
    ],
    [
      'une structure choisie après le message',
      async (user: ReturnType<typeof userEvent.setup>) => {
        await user.click(screen.getByRole('button', { name: 'Suivant' }));
        await user.click(screen.getByRole('radio', { name: 'Centre de santé' }));
      },
    ],
  ])('%s : la même page que l’assistant', async (_cas, faire) => {
    const premiere = await vue(PremierChargement, faire);
    const assistant = await vue(PageSimulateur, faire);
    expect(premiere).toEqual(assistant);
  });

  // Strict mode (as main.tsx renders, in development) runs effects twice: still one step forward.
  it.each([
    ['', false],
    [' (mode strict)', true],
  ])(
    '« Suivant » passe la main à l’assistant : étape suivante, focus sur son titre%s',
    async (_m, strict) => {
      allerA('');
      const longueur = window.history.length;
      const user = userEvent.setup();
      render(<PremierChargement />, { reactStrictMode: strict });
      expect(screen.getByText('Étape 1 sur 8')).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Médecin libéral' }));
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      const titre = await screen.findByRole('heading', { level: 2, name: 'Votre spécialité' });
      await waitFor(() => expect(titre).toHaveFocus());
      expect(screen.getByText('Étape 2 sur 8')).toBeInTheDocument();
      expect(window.location.search).toBe(
        ecrireUrl({ structure: 'liberal', dateSignature: aujourdhui() }, 'specialite'),
      );
      // One more history entry, as from any step to the next: « Précédent » of the browser comes back.
      expect(window.history.length).toBe(longueur + 1);
    },
  );

  it('un lien vers une autre étape ouvre l’assistant complet', async () => {
    allerA('?v=1&etape=secteur&structure=liberal&specialite=medecine-generale');
    render(<PremierChargement />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Votre secteur conventionnel' }),
    ).toBeInTheDocument();
  });

  it.each([undefined, 'liberal', 'centre', 'collectif'] as const)(
    'écrit l’adresse comme l’assistant (structure %s)',
    (structure) => {
      const date = '2026-03-01';
      const reponses: Record<string, string> = structure
        ? { structure, dateSignature: date }
        : { dateSignature: date };
      expect(adressePremiereEtape(structure, date)).toBe(ecrireUrl(reponses, 'structure'));
    },
  );

  const AUJOURDHUI = '2026-03-01';
  it.each([
    ['', { structure: undefined }],
    ['?v=1&etape=structure&dateSignature=2026-03-01', { structure: undefined }],
    ['?v=1&etape=structure&structure=centre&dateSignature=2026-03-01', { structure: 'centre' }],
    ['?structure=collectif', { structure: 'collectif' }],
    ['?v=1&etape=structure&dateSignature=2025-02-01', null],
    ['?v=2&etape=structure', null],
    ['?v=1&etape=specialite&structure=liberal', null],
    ['?v=1&etape=structure&structure=hopital', null],
    ['?v=1&etape=structure&structure=liberal&structure=centre', null],
    ['?v=1&etape=structure&inconnu=1', null],
  ])('adresse « %s » : première étape seule ? %j', (adresse, attendu) => {
    expect(departSimple(adresse, AUJOURDHUI)).toEqual(attendu);
  });
});
