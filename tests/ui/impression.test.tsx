// @vitest-environment jsdom
/**
 * The summary nobody can take for the CPAM's (issue 10): the simulator's own name, the disclaimer
 * on screen, and on the printed page the rules version and every assumption (achievement per year,
 * band and its origin).
 */
import { render, screen, within } from '@testing-library/react';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, normal } from './aide.ts';

const GOLDEN =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&atteinte=1;1;0.6;0.9';

describe('résumé imprimable', () => {
  it('l’en-tête porte le nom du simulateur et l’avertissement, jamais la marque de l’Assurance Maladie', async () => {
    allerA(GOLDEN);
    render(<PageSimulateur />);
    await screen.findByRole('heading', { level: 2, name: 'Résultat de la simulation' });
    const entete = screen.getByRole('banner');
    expect(normal(entete.textContent)).not.toMatch(/^Assurance Maladie/i);
    expect(within(entete).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Simulateur de l’aide à l’emploi d’un assistant médical',
    );
    expect(within(entete).getByText('Outil indépendant, non officiel')).toBeInTheDocument();
    expect(normal(within(entete).getByText(/^Simulation indicative/).textContent)).toBe(
      'Simulation indicative : seul le contrat signé avec votre CPAM fait foi. Ce simulateur indépendant n’est pas un service de l’Assurance Maladie.',
    );
  });

  it('les hypothèses : bande et son origine, atteinte de chaque année et d’où elle vient', async () => {
    allerA(GOLDEN);
    render(<PageSimulateur />);
    const section = await screen.findByRole('region', { name: 'Hypothèses de cette simulation' });
    const texte = normal(section.textContent);
    expect(texte).toContain('Règles appliquées : convention médicale 2024-2029');
    expect(texte).toContain(
      'Bande de percentile : P30 à P50, telle que vous l’avez indiquée (position communiquée par la CPAM)',
    );
    const annees = within(section)
      .getAllByRole('listitem')
      .map((li) => normal(li.textContent));
    expect(annees).toEqual([
      'Année 1 : versement intégral, sans condition d’atteinte',
      'Année 2 : versement intégral, sans condition d’atteinte',
      'Année 3 : 60 % de l’objectif (votre hypothèse)',
      'Année 4 : 90 % de l’objectif (votre hypothèse)',
      'Année 5 : 100 % de l’objectif (supposée, valeur par défaut)',
    ]);
    expect(normal(document.body.textContent)).toMatch(
      /Règles du simulateur : version \d{4}\.\d{2}-\d+, paramètres vérifiés le \d{1,2}(er)? \S+ \d{4}/,
    );
  });

  it('une atteinte calculée d’après les patients gagnés est dite telle', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&objectif.mt=400&objectif.fileActive=600&realise.mt=;;300&realise.fileActive=;;500',
    );
    render(<PageSimulateur />);
    const section = await screen.findByRole('region', { name: 'Hypothèses de cette simulation' });
    const annees = within(section)
      .getAllByRole('listitem')
      .map((li) => normal(li.textContent));
    expect(annees[2]).toBe(
      'Année 3 : 83,3 % de l’objectif (d’après les patients gagnés que vous avez indiqués)',
    );
    expect(annees[3]).toBe('Année 4 : 100 % de l’objectif (supposée, valeur par défaut)');
  });
});
