// @vitest-environment jsdom
/** The rules and sources page, read as a user would: tables by name, rows by their period. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PARAMETRES } from '../../src/engine/catalogue.ts';
import { STRATEGIES_PAR_DEFAUT } from '../../src/engine/simulation.ts';
import { VERSION_REGLES } from '../../src/engine/saisie.ts';
import { PageSources } from '../../src/ui/pages/sources/PageSources.tsx';
import { normal } from './aide.ts';

function ligne(table: string, periode: string): string[] {
  const t = screen.getByRole('table', { name: table });
  const l = within(t).getByRole('row', { name: new RegExp(`^${periode}`) });
  return within(l)
    .getAllByRole('cell')
    .map((c) => normal(c.textContent));
}

describe('page des règles et sources', () => {
  it('titre, version des règles et date de vérification', () => {
    render(<PageSources />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Règles et sources du simulateur' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Version des règles : ${VERSION_REGLES}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir au simulateur' })).toHaveAttribute(
      'href',
      'index.html',
    );
  });

  it.each(PARAMETRES.map((p) => [p.libelle, p.valeurs.length] as const))(
    'paramètre « %s » : une ligne par période',
    (libelle, n) => {
      render(<PageSources />);
      const table = screen.getByRole('table', { name: libelle });
      expect(within(table).getAllByRole('row')).toHaveLength(n + 1);
    },
  );

  it('montants du mi-temps : périodes en toutes lettres, montants en euros', () => {
    render(<PageSources />);
    const table = 'Aide pour ½ ETP d’assistant médical';
    expect(ligne(table, 'du 21 août 2019 au 21 juin 2024')[0]).toMatch(
      /^Année 1 : 18 000 € Année 2 : 13 500 € Années 3 et suivantes : 10 500 €/,
    );
    const [valeur, confiance, sources] = ligne(table, 'depuis le 22 juin 2024');
    expect(valeur).toContain('Majoration P90 à P95 (dès l’année 3) : 13 000 €');
    expect(valeur).toContain('P95 et plus (chaque année) : montant de l’année 1');
    expect(confiance).toBe('officiel');
    expect(sources).toContain('ce qui change dès juin 2024');
  });

  it('seuil P30 : valeur, hypothèse et note', () => {
    render(<PageSources />);
    const [valeur, confiance, sources] = ligne(
      'Plancher d’activité (P30) des médecins généralistes, patientèle médecin traitant',
      'depuis le 1er mai 2023',
    );
    expect(valeur).toBe(
      'Seuil : 775 Strictement au-dessus du seuil : non Patientèle comptée : patients médecin traitant, adultes et enfants',
    );
    expect(confiance).toBe('officiel hypothèse');
    expect(sources).toContain('« au moins » (et non « plus de ») est une interprétation');
  });

  it('listes de spécialités par leur nom, taux en pourcentage', () => {
    render(<PageSources />);
    const exclues = screen.getByRole('table', {
      name: 'Spécialités exclues du dispositif (règlement arbitral, convention 2024)',
    });
    expect(within(exclues).getByText('Radiologie et imagerie médicale')).toBeInTheDocument();
    expect(
      ligne(
        'Part minimale des honoraires cliniques (chirurgiens, ORL, gynécologues)',
        'depuis le 1er mai 2023',
      )[0],
    ).toBe('80 %');
    const grille = ligne(
      'Objectifs d’augmentation de patientèle de l’avenant 7, par bande et par option',
      'du 21 août 2019 au 30 avril 2023',
    )[0];
    expect(grille).toContain('Mi-temps (½ ETP) : 25 % document source');
    expect(grille).toContain('Temps plein (1 ETP) : introuvable');
  });

  it('les six questions ouvertes et chaque choix d’interprétation, avec le choix par défaut', () => {
    render(<PageSources />);
    const hypotheses = screen.getByRole('region', {
      name: 'Questions ouvertes et hypothèses retenues',
    });
    expect(within(hypotheses).getAllByRole('listitem')).toHaveLength(6);
    const strategies = screen.getByRole('region', { name: 'Choix d’interprétation' });
    const items = within(strategies).getAllByRole('listitem');
    expect(items).toHaveLength(Object.keys(STRATEGIES_PAR_DEFAUT).length);
    expect(normal(items[0]?.textContent)).toContain(
      'Choix retenu par défaut : proportionnel à l’atteinte',
    );
  });

  it('les sources en ligne sont des liens ordinaires', () => {
    render(<PageSources />);
    const sources = screen.getByRole('region', { name: 'Documents sources' });
    const lien = within(sources).getByRole('link', {
      name: 'ameli.fr, aide à l’emploi d’un assistant médical : modalités et simulateur',
    });
    expect(lien).toHaveAttribute(
      'href',
      'https://www.ameli.fr/medecin/exercice-liberal/aide-emploi-assistant-medical',
    );
    expect(lien).not.toHaveAttribute('target');
    expect(lien).not.toHaveAttribute('rel');
  });
});
