// @vitest-environment jsdom
/** Saved simulations: save from the results, list, reopen link, delete, recompute, import. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { PageDossiers } from '../../src/ui/pages/dossiers/PageDossiers.tsx';
import { creerDossier, versJson } from '../../src/ui/persistance/dossier.ts';
import { CLE_STOCKAGE } from '../../src/ui/persistance/stockage.ts';
import { analyser } from '../../src/ui/state/analyse.ts';
import { simulerSansPanne } from '../../src/ui/state/simulation.ts';
import { allerA, normal } from './aide.ts';

/** Golden case lib-2024-plein-degressivite: 38 000 / 28 000 / 13 200 / 19 800 / 22 000. */
const REPONSES = {
  structure: 'liberal',
  dateSignature: '2025-02-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'plein',
  bande: 'P30-P50',
  nouvelInstalle: 'false',
  rqthOuAld: 'false',
  activiteMixte: 'false',
  atteinte: '1;1;0.6;0.9;1',
};
const LIEN =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9;1&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false';

function dossier(nom: string, changements: Record<string, unknown> = {}) {
  const d = creerDossier(
    nom,
    REPONSES,
    simulerSansPanne(analyser(REPONSES).situation),
    new Date('2026-11-20T09:30:00Z'),
  );
  return { ...d, ...changements };
}

const stocker = (liste: unknown) => localStorage.setItem(CLE_STOCKAGE, JSON.stringify(liste));

beforeEach(() => localStorage.clear());

describe('enregistrer depuis les résultats', () => {
  it('« Enregistrer cette simulation » garde les réponses et les montants', async () => {
    const user = userEvent.setup();
    allerA(LIEN);
    render(<PageSimulateur />);
    await screen.findByRole('heading', { name: 'Éligible à l’aide' });
    await user.type(screen.getByRole('textbox', { name: 'Nom de la simulation' }), 'Cabinet A');
    await user.click(screen.getByRole('button', { name: 'Enregistrer cette simulation' }));
    expect(
      await screen.findByText('Simulation « Cabinet A » enregistrée dans ce navigateur.'),
    ).toBeInTheDocument();
    const [enregistre] = JSON.parse(localStorage.getItem(CLE_STOCKAGE) ?? '[]');
    expect(enregistre).toMatchObject({
      nom: 'Cabinet A',
      reponses: REPONSES,
      resultat: { total: 121000, montants: [38000, 28000, 13200, 19800, 22000] },
    });
    expect(screen.getByRole('link', { name: 'Voir mes simulations enregistrées' })).toHaveAttribute(
      'href',
      'dossiers.html',
    );
  });

  it('années projetées au-delà de la dernière vérification : une note et le lien vers les règles', async () => {
    allerA(LIEN);
    render(<PageSimulateur />);
    const note = await screen.findByRole('note');
    expect(normal(note.textContent)).toBe(
      'Les années au-delà du 23 novembre 2026 sont projetées avec les règles connues au 23 novembre 2026. Voir les règles et leurs sources',
    );
    expect(within(note).getByRole('link')).toHaveAttribute('href', 'sources.html');
  });
});

describe('page « Mes simulations enregistrées »', () => {
  it('sans simulation : le dit et renvoie au simulateur', () => {
    render(<PageDossiers />);
    expect(screen.getByText(/Aucune simulation enregistrée/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Faire une simulation' })).toHaveAttribute(
      'href',
      'index.html',
    );
  });

  it('liste, rouvre par un lien vers le simulateur, supprime', async () => {
    const user = userEvent.setup();
    stocker([dossier('Cabinet A'), dossier('Cabinet B')]);
    render(<PageDossiers />);
    const carte = screen.getByRole('article', { name: 'Cabinet A' });
    expect(within(carte).getByText('Total : 121 000 €')).toBeInTheDocument();
    expect(within(carte).queryByRole('note')).not.toBeInTheDocument();
    const ouvrir = screen.getByRole('link', { name: 'Ouvrir « Cabinet A »' });
    expect(ouvrir.getAttribute('href')).toMatch(/^index\.html\?v=1&etape=resultats&/);
    expect(ouvrir.getAttribute('href')).toContain('atteinte=1;1;0.6;0.9;1');

    const supprimer = screen.getByRole('button', { name: 'Supprimer « Cabinet A »' });
    await user.click(supprimer);
    // Deleting asks first: nothing is deleted yet, focus on the confirmation, « Annuler » goes back.
    const question = screen.getByRole('group', { name: /^Supprimer définitivement « Cabinet A »/ });
    expect(JSON.parse(localStorage.getItem(CLE_STOCKAGE) ?? '[]')).toHaveLength(2);
    expect(
      within(question).getByRole('button', { name: 'Oui, supprimer « Cabinet A »' }),
    ).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(supprimer).toHaveFocus();
    expect(screen.getByRole('article', { name: 'Cabinet A' })).toBeInTheDocument();
    await user.click(supprimer);
    await user.click(screen.getByRole('button', { name: 'Oui, supprimer « Cabinet A »' }));
    expect(screen.queryByRole('article', { name: 'Cabinet A' })).not.toBeInTheDocument();
    expect(screen.getByText('Simulation « Cabinet A » supprimée.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(CLE_STOCKAGE) ?? '[]')).toHaveLength(1);
  });

  it('calculée avec d’autres règles : le dit, montre l’écart, recalcule', async () => {
    const user = userEvent.setup();
    stocker([
      dossier('Ancien', {
        versionRegles: '2025.01-1',
        resultat: { total: 120000, montants: [38000, 28000, 12200, 19800, 22000] },
      }),
    ]);
    render(<PageDossiers />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/calculée avec les règles 2025\.01-1/);
    const table = within(note).getByRole('table', {
      name: 'Montants de « Ancien »\u00a0: enregistrés et recalculés',
    });
    const ligne = (nom: RegExp) =>
      Array.from(within(table).getByRole('row', { name: nom }).querySelectorAll('td'), (c) =>
        normal(c.textContent),
      );
    expect(ligne(/^Année 3/)).toEqual(['12 200 €', '13 200 €', '+1 000 €']);
    expect(ligne(/^Total/)).toEqual(['120 000 €', '121 000 €', '+1 000 €']);

    await user.click(
      screen.getByRole('button', { name: 'Recalculer avec les règles actuelles « Ancien »' }),
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('Total : 121 000 €')).toBeInTheDocument();
    expect(
      screen.getByText('Simulation « Ancien » recalculée avec les règles actuelles.'),
    ).toBeInTheDocument();
  });

  it('stockage corrompu : une notice, pas une page blanche', () => {
    localStorage.setItem(CLE_STOCKAGE, '{corrompu');
    render(<PageDossiers />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Mes simulations enregistrées',
    );
    expect(screen.getByText(/étaient illisibles : elles ont été écartées/)).toBeInTheDocument();
  });

  it('importe un dossier JSON ; un fichier altéré donne une erreur qui nomme le champ', async () => {
    const user = userEvent.setup();
    render(<PageDossiers />);
    const champ = screen.getByLabelText('Fichier de simulation (JSON)');
    const fichier = (texte: string) =>
      new File([texte], 'dossier.json', { type: 'application/json' });

    await user.upload(champ, fichier(versJson(dossier('Importé', { nom: '' }))));
    expect(await screen.findByRole('alert', { name: '' })).toHaveTextContent(
      'Import impossible : Champ « nom » : ne doit pas être vide.',
    );

    await user.upload(champ, fichier(versJson(dossier('Importé'))));
    expect(await screen.findByRole('article', { name: 'Importé' })).toBeInTheDocument();
    expect(screen.getByText('Dossier « Importé » importé.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
