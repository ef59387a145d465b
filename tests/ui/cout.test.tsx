// @vitest-environment jsdom
/**
 * The net cost page (cout.html) with the real engine and the real social model (no Worker in
 * jsdom: built in this thread): defaults and their origin, the user's own salary, hours and rate,
 * the URL keeping them, French errors naming the field, the SMIC warning.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
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
  it('valeurs par défaut : SMIC 2026, 35 heures, cotisations du modèle social et réduction générale ; aide et reste à charge par année', async () => {
    render(<PageCout recherche={PLEIN_2026} aujourdhui="2026-11-23" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Coût net de l’assistant médical' }));
    expect(screen.getByRole('status')).toHaveTextContent('Chargement du modèle social…');
    await screen.findByRole(
      'table',
      { name: /Coût employeur, aide et reste à charge/ },
      { timeout: 30000 },
    );
    const l = lignes();
    expect(l[0]).toEqual([
      'Année de contrat',
      'Temps de travail',
      'Salaire brut annuel',
      'Cotisations patronales',
      'Réductions',
      'Coût employeur',
      'Aide de l’Assurance Maladie',
      'Reste à votre charge',
    ]);
    expect(l[1]).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '35 h par semaine soit 1 ETP',
      '21 876,36 €',
      '9 624,09 €',
      '-8 708,98 € dues : 915,11 €',
      '22 791,47 €',
      '38 000 €',
      '-15 208,53 € l’aide dépasse le coût',
    ]);
    // From year 2 (January 2027), the SMIC of June 2026: 1 867,06 € a month.
    expect(l[3]!.slice(5)).toEqual(['23 336,12 €', '22 000 €', '1 336,12 €']);
    expect(l.at(-1)).toEqual([
      'Total',
      '116 135,95 €',
      '132 000 €',
      '-15 864,05 € l’aide dépasse le coût',
    ]);
    expect(
      screen.getByText(/^Année 1 : SMIC, 1 823,03 € par mois, supérieur au minimum/),
    ).toBeVisible();
    expect(
      screen.getByText(/^Années 2, 3, 4, 5 : SMIC, 1 867,06 € par mois, supérieur au minimum/),
    ).toBeVisible();
    expect(
      screen.getByText(
        /modèle social français de mon-entreprise.urssaf.fr \(modele-social 11.1.0, publicodes\), législation 2026/,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(/^Années 2, 3, 4, 5 : les règles de 2026, les dernières/),
    ).toBeVisible();
    expect(screen.getByText('Réduction générale dégressive unique')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/n’est pas calculé : aucune source ne donne le revenu/)).toBeVisible();
  }, 180_000);

  it('salaire et heures saisis : recalcul par le modèle, gardés dans l’URL ; un taux invalide est signalé et gardé', async () => {
    const user = userEvent.setup();
    render(<PageCout recherche={PLEIN_2026} aujourdhui="2026-11-23" />);
    await screen.findByRole(
      'table',
      { name: /Coût employeur, aide et reste à charge/ },
      { timeout: 30000 },
    );
    await user.type(screen.getByLabelText(/^Salaire brut mensuel/), '2 000');
    await user.type(screen.getByLabelText(/^Durée hebdomadaire/), '28');
    await waitFor(() => expect(lignes()[1]![1]).toBe('28 h par semaine soit 0,8 ETP'), {
      timeout: 30000,
    });
    await waitFor(() => expect(lignes()[1]![5]).toBe('21 633,79 €'), { timeout: 30000 });
    expect(lignes()[1]).toEqual([
      'Année 1 dès le 15 janvier 2026',
      '28 h par semaine soit 0,8 ETP',
      '19 200 €',
      '8 476,03 €',
      '-6 042,24 € dues : 2 433,79 €',
      '21 633,79 €',
      '38 000 €',
      '-16 366,21 € l’aide dépasse le coût',
    ]);
    expect(
      screen.getByText(
        'Attention : 28 heures par semaine, c’est moins que les 35 heures de l’option choisie. L’aide suppose que l’assistant travaille au moins le temps de l’option.',
      ),
    ).toBeVisible();
    const url = new URLSearchParams(window.location.search);
    expect(url.get('salaire')).toBe('2 000');
    expect(url.get('heures')).toBe('28');
    expect(url.get('option')).toBe('plein');

    const charges = screen.getByLabelText(/^Taux de charges patronales/);
    await user.type(charges, '25');
    expect(lignes()[1]!.slice(2, 6)).toEqual(['19 200 €', '4 800 €', 'aucune', '24 000 €']);
    expect(
      screen.getByText(/Charges patronales saisies : 25 % du brut, à la place du modèle social/),
    );
    await user.clear(charges);
    await user.type(charges, 'beaucoup');
    expect(charges).toHaveAttribute('aria-invalid', 'true');
    expect(charges).toHaveAccessibleDescription(
      /Taux de charges patronales\s: indiquez un pourcentage entre 0 et 100/,
    );
    expect(charges).toHaveValue('beaucoup');
    expect(screen.getByRole('alert')).toHaveTextContent(/Une valeur saisie n’est pas valide/);
    // The other answers still count; the contributions come back from the model.
    await waitFor(
      () =>
        expect(lignes()[1]!.slice(2, 6)).toEqual([
          '19 200 €',
          '8 476,03 €',
          '-6 042,24 € dues : 2 433,79 €',
          '21 633,79 €',
        ]),
      { timeout: 30000 },
    );
  }, 180_000);

  it('salaire sous le SMIC : averti en nommant le champ, calculé tel quel', async () => {
    render(<PageCout recherche={`${PLEIN_2026}&salaire=1500`} aujourdhui="2026-11-23" />);
    expect(
      await screen.findByText(
        /^Salaire brut mensuel à temps plein : 1 500 € est inférieur au SMIC \(année 1 : 1 823,03 € par mois au 15 janvier 2026 ; année 2 :/,
        {},
        { timeout: 30000 },
      ),
    ).toBeVisible();
    expect(lignes()[1]![5]).toBe('18 795,48 €');
  }, 180_000);

  it('rouvre les saisies d’un lien partagé ; un taux saisi remplace le modèle (20 %)', () => {
    render(
      <PageCout recherche={`${PLEIN_2026}&salaire=2000&charges=20`} aujourdhui="2026-11-23" />,
    );
    expect(screen.getByLabelText(/^Salaire brut mensuel/)).toHaveValue('2000');
    expect(lignes()[1]!.slice(2, 6)).toEqual(['24 000 €', '4 800 €', 'aucune', '28 800 €']);
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
    expect(l[1]!.slice(1, 6)).toEqual([
      '70 h par semaine soit 2 ETP',
      '48 000 €',
      '14 400 €',
      'aucune',
      '62 400 €',
    ]);
    expect(l.slice(1, 6).map((r) => r[6])).toEqual([
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
