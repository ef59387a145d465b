// @vitest-environment jsdom
/** The URL mirrors the answers: state → URL → state, and bad parameters are dropped with a notice. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { ecrireUrl, lireUrl } from '../../src/ui/state/url.ts';
import { IDS_ETAPES } from '../../src/ui/wizard/etapes.ts';
import { allerA, montantsDuPlan, normal } from './aide.ts';

const LIEN =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false';

describe('l’état dans l’adresse', () => {
  it('relit puis réécrit les mêmes réponses (aller-retour)', () => {
    const lu = lireUrl(LIEN, IDS_ETAPES);
    expect(lu.ignores).toEqual([]);
    expect(lu.reponses).toEqual({
      structure: 'liberal',
      dateSignature: '2025-02-01',
      atteinte: '1;1;0.6;0.9',
      specialite: 'medecine-generale',
      secteur: '1',
      option: 'plein',
      bande: 'P30-P50',
      nouvelInstalle: 'false',
      rqthOuAld: 'false',
      activiteMixte: 'false',
    });
    const reecrit = ecrireUrl(lu.reponses, lu.etape ?? '');
    expect(lireUrl(reecrit, IDS_ETAPES)).toEqual(lu);
    expect(reecrit).toContain('bande=P30-P50');
    expect(reecrit).toContain('atteinte=1;1;0.6;0.9');
  });

  it('un lien partagé restaure la même simulation', async () => {
    allerA(LIEN);
    render(<PageSimulateur />);
    expect(await screen.findByRole('heading', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan().total).toBe('121 000 €');
    expect(screen.queryByText(/ignorés/)).not.toBeInTheDocument();
  });

  it('« Copier le lien » copie l’adresse de la simulation', async () => {
    allerA(LIEN);
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await user.click(await screen.findByRole('button', { name: 'Copier le lien' }));
    expect(screen.getByText('Lien copié dans le presse-papiers.')).toBeInTheDocument();
    const copie = await navigator.clipboard.readText();
    expect(lireUrl(new URL(copie).search, IDS_ETAPES).reponses).toEqual(
      lireUrl(LIEN, IDS_ETAPES).reponses,
    );
  });

  it('le bouton retour ramène à l’étape précédente avec les mêmes réponses', async () => {
    allerA('?v=1&etape=secteur&structure=liberal&dateSignature=2025-02-01&specialite=pediatrie');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await user.click(screen.getByRole('radio', { name: 'Secteur 1' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Date de signature du contrat' }),
    ).toHaveFocus();
    expect(new URLSearchParams(window.location.search).get('etape')).toBe('date');
    act(() => {
      window.history.back();
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Votre secteur conventionnel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Secteur 1' })).toBeChecked();
  });

  it('écarte les paramètres inconnus ou invalides en le signalant, et garde les autres', async () => {
    allerA(
      '?v=1&etape=patientele&structure=liberal&dateSignature=2025-02-01&secteur=7&couleur=bleu&patientele.mtAdultes=-3&specialite=medecine-generale',
    );
    render(<PageSimulateur />);
    const notice = screen.getAllByRole('status').find((s) => /ignorés/.test(s.textContent ?? ''));
    expect(normal(notice?.textContent)).toMatch(/couleur/);
    expect(normal(notice?.textContent)).toMatch(/secteur/);
    expect(normal(notice?.textContent)).toMatch(/patientele\.mtAdultes/);
    expect(screen.getByRole('heading', { level: 2, name: 'Votre patientèle' })).toBeInTheDocument();
    const query = new URLSearchParams(window.location.search);
    expect(query.get('specialite')).toBe('medecine-generale');
    expect(query.get('couleur')).toBeNull();
    expect(query.get('secteur')).toBeNull();
  });

  it('l’étape des options ouverte par un lien montre ce que paie chaque option en année 1', async () => {
    allerA(
      '?v=1&etape=option&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&bande=P30-P50',
    );
    render(<PageSimulateur />);
    expect(
      await screen.findByRole('radio', { name: 'Temps plein (1 ETP)' }),
    ).toHaveAccessibleDescription(/^38\s000\s€ la première année d’après vos réponses$/);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Temps de travail de l’assistant' }),
    ).toBeInTheDocument();
  });

  it('un lien d’une autre version repart de zéro avec un message', () => {
    allerA('?v=99&structure=liberal');
    render(<PageSimulateur />);
    expect(screen.getByText(/autre version du simulateur/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Votre structure' })).toBeInTheDocument();
  });
});
