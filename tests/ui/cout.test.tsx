// @vitest-environment jsdom
/**
 * The net cost page (cout.html) with the real engine: defaults and their origin, the user's own
 * salary, hours and rate, the URL keeping them, French errors naming the field.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageCout } from '../../src/ui/pages/cout/PageCout.tsx';
import {
  ajouterSaisie,
  lireSaisie,
  separerRecherche,
} from '../../src/ui/pages/cout/saisie-cout.ts';

const normal = (s: string | null | undefined): string =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A GP, convention 2024, full time, signed on 15 January 2026. */
const PLEIN_2026 =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2026-01-15&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true';

function lignes(): string[][] {
  const table = screen.getByRole('table', { name: /Coût employeur, aide et reste à charge/ });
  return within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => normal(c.textContent)));
}

beforeEach(() => {
  window.history.replaceState(null, '', '/cout.html');
});

describe('page du coût net', () => {
  it('valeurs par défaut : SMIC 2026, 35 heures, 30 % de charges ; aide et reste à charge par année', () => {
    render(<PageCout recherche={PLEIN_2026} aujourdhui="2026-11-23" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }));
    const l = lignes();
    expect(l[0]).toEqual([
      'Année de contrat',
      'Temps de travail',
      'Salaire brut annuel',
      'Charges patronales',
      'Coût employeur',
      'Aide de l’Assurance Maladie',
      'Reste à votre charge',
    ]);
    expect(l[1]).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '35 h par semaine soit 1 ETP',
      '21 876,36 €',
      '6 562,91 €',
      '28 439,27 €',
      '38 000 €',
      '-9 560,73 € l’aide dépasse le coût',
    ]);
    expect(l[2]!.slice(4)).toEqual(['28 439,27 €', '28 000 €', '439,27 €']);
    expect(l.at(-1)).toEqual([
      'Total',
      '142 196,35 €',
      '132 000 €',
      '10 196,35 € soit 169,94 € par mois en moyenne',
    ]);
    expect(
      screen.getByText(/Années 1, 2, 3, 4, 5 : SMIC, 1 823,03 € par mois, supérieur au minimum/),
    ).toBeVisible();
    expect(screen.getByText(/Charges patronales : 30 % du brut, d’après l’estimation de la FMF/));
    expect(screen.getByText(/n’est pas calculé : aucune source ne donne le revenu/)).toBeVisible();
  });

  it('salaire, heures et taux saisis : recalcul, gardés dans l’URL ; une saisie invalide est signalée et gardée', async () => {
    const user = userEvent.setup();
    render(<PageCout recherche={PLEIN_2026} aujourdhui="2026-11-23" />);
    await user.type(screen.getByLabelText(/^Salaire brut mensuel/), '2 000');
    await user.type(screen.getByLabelText(/^Durée hebdomadaire/), '28');
    await user.type(screen.getByLabelText(/^Taux de charges patronales/), '25');
    expect(lignes()[1]).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '28 h par semaine soit 0,8 ETP',
      '19 200 €',
      '4 800 €',
      '24 000 €',
      '38 000 €',
      '-14 000 € l’aide dépasse le coût',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Attention : 28 heures par semaine, c’est moins que les 35 heures de l’option choisie.',
    );
    const url = new URLSearchParams(window.location.search);
    expect(url.get('salaire')).toBe('2 000');
    expect(url.get('heures')).toBe('28');
    expect(url.get('charges')).toBe('25');
    expect(url.get('option')).toBe('plein');

    const charges = screen.getByLabelText(/^Taux de charges patronales/);
    await user.clear(charges);
    await user.type(charges, 'beaucoup');
    expect(charges).toHaveAttribute('aria-invalid', 'true');
    expect(charges).toHaveAccessibleDescription(
      /Taux de charges patronales : indiquez un pourcentage entre 0 et 100/,
    );
    expect(charges).toHaveValue('beaucoup');
    expect(screen.getByRole('alert')).toHaveTextContent(/Une valeur saisie n’est pas valide/);
    // The other answers still count; the rate falls back to its default (30 %).
    expect(lignes()[1]!.slice(2, 5)).toEqual(['19 200 €', '5 760 €', '24 960 €']);
  });

  it('rouvre les saisies d’un lien partagé', () => {
    render(
      <PageCout recherche={`${PLEIN_2026}&salaire=2000&charges=20`} aujourdhui="2026-11-23" />,
    );
    expect(screen.getByLabelText(/^Salaire brut mensuel/)).toHaveValue('2000');
    expect(lignes()[1]!.slice(2, 5)).toEqual(['24 000 €', '4 800 €', '28 800 €']);
    expect(screen.getByText('Salaire saisi : 2 000 € par mois à temps plein.')).toBeVisible();
  });

  it('centre de santé (cds-exemple-1) : ETP d’assistants de la simulation, salaire à indiquer de préférence', () => {
    render(
      <PageCout
        recherche="?v=1&etape=resultats&structure=centre&dateSignature=2021-01-04&etpGeneralistes=6&etpSpecialistes=2&nouveauCentre=false&patientele.mtAdultes=5600&patientele.fileActive=16000&assistants=1:2&realise.mt=100;200;270;420;420&realise.fileActive=400;550;700;1200;1200&salaire=2000&charges=30"
        aujourdhui="2026-11-23"
      />,
    );
    expect(screen.getByText(/^Centre de santé : le salaire par défaut vient de la convention/));
    expect(screen.queryByLabelText(/^Durée hebdomadaire/)).toBeNull();
    const l = lignes();
    expect(l[1]!.slice(1, 5)).toEqual([
      '70 h par semaine soit 2 ETP',
      '48 000 €',
      '14 400 €',
      '62 400 €',
    ]);
    expect(l.slice(1, 6).map((r) => r[5])).toEqual([
      '72 000 €',
      '54 000 €',
      '31 500 €',
      '42 000 €',
      '42 000 €',
    ]);
  });

  it('sans simulation : renvoie vers le simulateur', () => {
    render(<PageCout recherche="" aujourdhui="2026-11-23" />);
    expect(screen.getByRole('heading', { name: 'Aucune simulation en cours' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Faire une simulation' })).toHaveAttribute(
      'href',
      './',
    );
  });

  it('médecin inéligible : pas de tableau, la raison est dite', () => {
    render(
      <PageCout
        recherche={PLEIN_2026.replace('secteur=1', 'secteur=2&optam=false')}
        aujourdhui="2026-11-23"
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/l’aide ne peut pas être accordée/)).toBeVisible();
  });
});

describe('saisies du coût (URL et validation)', () => {
  it('sépare les paramètres du simulateur et ceux de la page, puis les réunit', () => {
    const { simulateur, saisie } = separerRecherche('?v=1&option=plein&salaire=1900&charges=30');
    expect(simulateur).toBe('?v=1&option=plein');
    expect(saisie).toEqual({ salaire: '1900', heures: '', charges: '30' });
    expect(ajouterSaisie(simulateur, saisie)).toBe('?v=1&option=plein&salaire=1900&charges=30');
  });

  it.each([
    ['salaire', '0', 'Salaire brut mensuel'],
    ['salaire', '-5', 'Salaire brut mensuel'],
    ['salaire', '1e9', 'Salaire brut mensuel'],
    ['heures', '80', 'Durée hebdomadaire'],
    ['heures', 'NaN', 'Durée hebdomadaire'],
    ['charges', '101', 'Taux de charges patronales'],
  ] as const)('%s = « %s » : erreur qui nomme le champ', (champ, valeur, nom) => {
    const { erreurs, options } = lireSaisie({
      salaire: '',
      heures: '',
      charges: '',
      [champ]: valeur,
    });
    expect(erreurs).toHaveLength(1);
    expect(erreurs[0]!.message.startsWith(nom)).toBe(true);
    expect(options).toEqual({});
  });

  it('lit les nombres à la française', () => {
    expect(lireSaisie({ salaire: '1 900,50 €', heures: '17,5', charges: '30 %' }).options).toEqual({
      salaireBrutMensuel: 1900.5,
      heuresHebdomadaires: 17.5,
      tauxCharges: 0.3,
    });
  });
});
