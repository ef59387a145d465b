// @vitest-environment jsdom
/**
 * The rules and sources page speaks plain French (issue 10): no file name of the project, no
 * repository path, no internal code of a named choice or of a calendar rule; day 1 is « 1er ».
 */
import { render, screen } from '@testing-library/react';
import { PageSources } from '../../src/ui/pages/sources/PageSources.tsx';

describe('règles et sources en français', () => {
  it.each([
    ['RULES.md', /RULES\.md/],
    ['djibe/recommandations-medicales', /djibe/],
    ['tauxAnnee3Liberal = prorata', /\b[a-z]+[A-Z]\w* = /],
    ['clés internes (seuilAnnee3, delaiSoldeMois)', /\b(seuilAnnee3|delai\w+Mois|avancePleine)\b/],
    ['codes du calendrier', /\bancre\b|fin-annee|debut-annee|seed-\d{3}/],
    ['« 1 mai »', /\b1 mai\b/],
    ['renvois des tables de montants', /ligne-precedente|montant-annee-1/],
  ])('aucun « %s » à l’écran', (_nom, motif) => {
    render(<PageSources />);
    expect(document.body.textContent ?? '').not.toMatch(motif);
  });

  it('les renvois des montants libéraux se lisent en mots', () => {
    render(<PageSources />);
    expect(screen.getAllByText(/montant de l’année 1/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/pas de montant propre/).length).toBeGreaterThan(0);
  });

  it('le calendrier se lit en phrases, la source non officielle est décrite', () => {
    render(<PageSources />);
    expect(
      screen.getAllByText(
        /^Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant\./,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getAllByText(/site collaboratif de recommandations médicales, non officiel/).length,
    ).toBeGreaterThan(0);
  });
});
