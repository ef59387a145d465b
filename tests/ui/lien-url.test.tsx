// @vitest-environment jsdom
/**
 * Issue 9 item 7 (UI): keys ignored from a link are echoed a few at a time, each cut short; an
 * invalid signature date in a link is kept and shown with its French error on its field, never
 * silently replaced by today.
 */
import { render, screen } from '@testing-library/react';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { citerCles } from '../../src/ui/messages/fr.ts';
import { allerA, normal } from './aide.ts';

describe('paramètres ignorés d’un lien', () => {
  it('10 000 clés distinctes : cinq citées, puis le compte des autres', () => {
    const cles = Array.from({ length: 10_000 }, (_, i) => `cle${i}`);
    expect(normal(citerCles(cles))).toBe('cle0, cle1, cle2, cle3, cle4 … et 9 995 autres');
  });

  it('une clé répétée n’est citée qu’une fois ; une clé de 100 000 caractères est coupée', () => {
    expect(citerCles(Array.from({ length: 10_000 }, () => 'x'))).toBe('x');
    const longue = 'a'.repeat(100_000);
    expect(citerCles([longue, 'b'])).toBe(`${'a'.repeat(40)}…, b`);
  });

  it('dans la page, l’avis reste court', () => {
    const requete = [
      'v=1',
      'structure=liberal',
      ...Array.from({ length: 10_000 }, () => 'inconnu=1'),
      `${'k'.repeat(100_000)}=1`,
    ].join('&');
    allerA(`?${requete}`);
    render(<PageSimulateur />);
    const avis = screen.getAllByRole('status').find((s) => /ignorés/.test(s.textContent ?? ''));
    expect(avis).toBeDefined();
    expect(normal(avis?.textContent)).toBe(
      `Certains paramètres du lien ont été ignorés car inconnus ou invalides : inconnu, ${'k'.repeat(40)}…. Les autres réponses ont été reprises.`,
    );
  });
});

describe('date de signature invalide dans un lien', () => {
  it('gardée telle quelle, son erreur en français sur le champ, pas la date du jour', () => {
    allerA(
      '?v=1&etape=date&structure=liberal&specialite=medecine-generale&secteur=1&dateSignature=2024-13-45',
    );
    render(<PageSimulateur />);
    const champ = screen.getByLabelText('Date de signature du contrat avec la CPAM');
    expect(champ).toHaveAttribute('aria-invalid', 'true');
    expect(champ).toHaveAccessibleDescription(
      /Date de signature du contrat avec la CPAM\s:\sdate impossible ou mal écrite \(saisi\s:\s« 2024-13-45 »\)/,
    );
    expect(new URLSearchParams(window.location.search).get('dateSignature')).toBe('2024-13-45');
    expect(screen.queryByText(/ignorés/)).not.toBeInTheDocument();
  });
});
