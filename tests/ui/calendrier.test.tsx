// @vitest-environment jsdom
/**
 * The payment calendar page (calendrier.html) with the real engine: golden cases read from the
 * simulator's URL, the minimal form, the recruitment date, the regime comparison and the exports.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendrierVersements } from '../../src/engine/calendrier.ts';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { calendrierCsv } from '../../src/ui/pages/calendrier/export-csv.ts';
import { calendrierIcs, plier } from '../../src/ui/pages/calendrier/export-ics.ts';
import { PageCalendrier } from '../../src/ui/pages/calendrier/PageCalendrier.tsx';
import {
  avecRecrutement,
  separerRecrutement,
} from '../../src/ui/pages/calendrier/recrutement-url.ts';

const normal = (s: string | null | undefined): string =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Golden case lib-avenant7-revalorisation, as the simulator writes it in its URL. */
const REVALORISATION =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2022-09-01&specialite=medecine-generale&secteur=1&option=demi&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true';
/** Golden case cds-exemple-1. */
const CENTRE =
  '?v=1&etape=resultats&structure=centre&dateSignature=2021-01-04&etpGeneralistes=6&etpSpecialistes=2&nouveauCentre=false&patientele.mtAdultes=5600&patientele.fileActive=16000&assistants=1:2&realise.mt=100;200;270;420;420&realise.fileActive=400;550;700;1200;1200';
const AUJOURDHUI = '2025-03-10';

/** Rows of a table as normalised texts of their cells (header cells included). */
function lignes(nom: string | RegExp): string[][] {
  const table = screen.getByRole('table', { name: nom });
  return within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => normal(c.textContent)));
}

describe('calendrier des versements', () => {
  it('contrat avenant 7 revalorisé : l’année à 11 000 € à partir du 1er septembre 2024, par année de contrat', () => {
    render(<PageCalendrier recherche={REVALORISATION} aujourdhui={AUJOURDHUI} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Calendrier des versements' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Calendrier indicatif' })).toBeVisible();
    expect(
      screen.getByText(/la date de signature du contrat est retenue/, { selector: 'li' }),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'Versements par année de contrat' });
    expect(
      within(table).getByRole('rowheader', {
        name: /^Année 3 — à partir du 1(er)? septembre 2024 — 11\s000\s€ \(montant Convention 2024\)$/,
      }),
    ).toBeVisible();
    expect(lignes('Versements par année de contrat').slice(0, 5)).toEqual([
      ['Date', 'Versement', 'Montant', 'Remarque'],
      ['Année 1 — à partir du 1er septembre 2022 — 18 000 €'],
      [
        '16 septembre 2022',
        'Avance de 70 %',
        '12 600 €',
        'Indicatif. Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant. Date de recrutement de l’assistant inconnue : la date de signature du contrat est retenue.',
      ],
      [
        '1er septembre 2023',
        'Solde de 30 %',
        '5 400 €',
        'Indicatif. Solde de 30 % à la date anniversaire du contrat.',
      ],
      ['Année 2 — à partir du 1er septembre 2023 — 13 500 €'],
    ]);
  });

  it('par année civile : 0 € en 2024 (année gardée), total égal au plan (64 500 €)', () => {
    render(<PageCalendrier recherche={REVALORISATION} aujourdhui={AUJOURDHUI} />);
    expect(lignes('Versements par année civile')).toEqual([
      ['Année civile', 'Nombre de versements', 'Montant versé'],
      ['2022', '1', '12 600 €'],
      ['2023', '2', '18 900 €'],
      ['2024', '0', '0 €'],
      ['2025', '2', '11 000 €'],
      ['2026', '2', '11 000 €'],
      ['2027', '2', '11 000 €'],
      ['Total', '9', '64 500 €'],
    ]);
  });

  it('la date de recrutement déplace la première avance (15 jours après)', async () => {
    const user = userEvent.setup();
    render(<PageCalendrier recherche={REVALORISATION} aujourdhui={AUJOURDHUI} />);
    const champ = screen.getByLabelText('Date de recrutement de l’assistant (facultatif)');
    await user.type(champ, '2022-10-20');
    const table = screen.getByRole('table', { name: 'Versements par année de contrat' });
    expect(within(table).getByRole('rowheader', { name: '4 novembre 2022' })).toBeVisible();
    expect(within(table).queryByRole('rowheader', { name: '16 septembre 2022' })).toBeNull();
  });

  it('compare avec un nouveau contrat 2024 signé aujourd’hui, sur les cinq mêmes années', () => {
    render(<PageCalendrier recherche={REVALORISATION} aujourdhui={AUJOURDHUI} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Comparer avec un nouveau contrat 2024' }),
    ).toBeVisible();
    expect(lignes(/contrat en cours et nouveau contrat 2024/)).toEqual([
      ['Période', 'Contrat en cours', 'Nouveau contrat 2024', 'Écart'],
      ['Du 10 mars 2025 au 10 mars 2026 (exclu)', '11 000 €', '19 000 €', '+8 000 €'],
      ['Du 10 mars 2026 au 10 mars 2027 (exclu)', '11 000 €', '14 000 €', '+3 000 €'],
      ['Du 10 mars 2027 au 10 mars 2028 (exclu)', '11 000 €', '5 500 €', '-5 500 €'],
      ['Du 10 mars 2028 au 10 mars 2029 (exclu)', '11 000 €', '11 000 €', '0 €'],
      ['Du 10 mars 2029 au 10 mars 2030 (exclu)', '11 000 €', '11 000 €', '0 €'],
      ['Total sur cinq ans', '55 000 €', '60 500 €', '+5 500 €'],
    ]);
    expect(
      screen.getByText('Sur cinq ans, un nouveau contrat 2024 verserait 5 500 € de plus.', {
        normalizer: normal,
      }),
    ).toBeVisible();
  });

  it('sans simulation : le formulaire minimal donne le calendrier d’un contrat 2024, sans comparaison', async () => {
    const user = userEvent.setup();
    render(<PageCalendrier recherche="" aujourdhui={AUJOURDHUI} />);
    expect(screen.queryByRole('table')).toBeNull();
    const date = screen.getByLabelText('Date de signature du contrat avec la CPAM');
    await user.clear(date);
    await user.type(date, '2025-02-01');
    await user.click(screen.getByRole('radio', { name: 'Temps plein (1 ETP)' }));
    await user.click(screen.getByRole('button', { name: 'Afficher le calendrier' }));
    const table = screen.getByRole('table', { name: 'Versements par année de contrat' });
    expect(
      within(table).getByRole('rowheader', {
        name: /^Année 1 — à partir du 1er février 2025 — 38\s000\s€$/,
      }),
    ).toBeVisible();
    expect(lignes('Versements par année de contrat')[2]).toEqual([
      '1er mars 2025',
      'Versement intégral',
      '38 000 €',
      'Indicatif. Année 1 versée en une fois, au plus tard dans le mois qui suit la signature.',
    ]);
    expect(screen.queryByRole('heading', { name: /Comparer/ })).toBeNull();
    expect(window.location.search).toContain('dateSignature=2025-02-01');
    expect(window.location.search).toContain('option=plein');
  });

  it('une date de signature vide dans le formulaire : message d’erreur, pas de calendrier', async () => {
    const user = userEvent.setup();
    render(<PageCalendrier recherche="" aujourdhui={AUJOURDHUI} />);
    await user.clear(screen.getByLabelText('Date de signature du contrat avec la CPAM'));
    await user.click(screen.getByRole('button', { name: 'Afficher le calendrier' }));
    expect(
      screen.getByText('Indiquez une date de signature valide (jour, mois, année).'),
    ).toBeVisible();
    expect(screen.getByLabelText('Date de signature du contrat avec la CPAM')).toHaveFocus();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('centre de santé (exemple 1 de la FNCS) : par recrutement, seconde avance en année 4', () => {
    render(<PageCalendrier recherche={CENTRE} aujourdhui={AUJOURDHUI} />);
    const rangs = lignes('Versements par année de contrat');
    expect(rangs[0]).toEqual(['Date', 'Recrutement', 'Versement', 'Montant', 'Remarque']);
    const annee4 = rangs.findIndex((r) =>
      /^Année 4 — à partir du 4 janvier 2024 — 42 000 €$/.test(r[0]!),
    );
    expect(rangs.slice(annee4 + 1, annee4 + 4).map((r) => r.slice(0, 4))).toEqual([
      ['4 mars 2024', 'Recrutement 1, année 4', 'Avance de 50 %', '21 000 €'],
      ['4 septembre 2024', 'Recrutement 1, année 4', 'Avance de 20 %', '8 400 €'],
      ['4 mars 2025', 'Recrutement 1, année 4', 'Solde de 30 %', '12 600 €'],
    ]);
    expect(screen.queryByRole('heading', { name: /Comparer/ })).toBeNull();
  });

  it('non éligible : aucun versement, et pourquoi', () => {
    render(
      <PageCalendrier
        recherche="?v=1&structure=liberal&dateSignature=2025-02-01&specialite=radiologie&secteur=1&option=demi"
        aujourdhui={AUJOURDHUI}
      />,
    );
    expect(screen.getByText(/Aucun versement : d’après ces réponses/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('date de recrutement dans l’adresse (paramètre recrutement)', () => {
  const LIBELLE = 'Date de recrutement de l’assistant (facultatif)';
  const premiereAvance = (date: string) =>
    within(screen.getByRole('table', { name: 'Versements par année de contrat' })).queryByRole(
      'rowheader',
      { name: date },
    );
  /** The page writes to the real history: each test starts from the golden case's address. */
  beforeEach(() => window.history.replaceState(null, '', `/calendrier.html${REVALORISATION}`));

  it('relit la date du lien : avenant 7, avance de 70 % 15 jours après le 20 octobre 2022, soit le 4 novembre 2022', () => {
    render(
      <PageCalendrier
        recherche={`${REVALORISATION}&recrutement=2022-10-20`}
        aujourdhui={AUJOURDHUI}
      />,
    );
    expect(screen.getByLabelText(LIBELLE)).toHaveValue('2022-10-20');
    expect(premiereAvance('4 novembre 2022')).toBeVisible();
    expect(premiereAvance('16 septembre 2022')).toBeNull();
    expect(screen.queryByText(/Date de recrutement de l’assistant inconnue/)).toBeNull();
    // The simulator's reader never sees the page's own parameter: no "ignored" notice, and the
    // link back to the simulator carries only the simulator's fields.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText(/ignoré/)).toBeNull();
    const retour = screen.getByRole('link', { name: 'Revenir à la simulation' });
    expect(retour.getAttribute('href')).toContain('dateSignature=2022-09-01');
    expect(retour.getAttribute('href')).not.toContain('recrutement');
  });

  it('écrit la date saisie dans l’adresse (sans toucher au reste), et l’en retire quand le champ est vidé', async () => {
    const user = userEvent.setup();
    render(<PageCalendrier recherche={window.location.search} aujourdhui={AUJOURDHUI} />);
    const champ = screen.getByLabelText(LIBELLE);
    await user.type(champ, '2022-10-20');
    expect(window.location.pathname).toBe('/calendrier.html');
    expect(window.location.search).toBe(`${REVALORISATION}&recrutement=2022-10-20`);
    expect(premiereAvance('4 novembre 2022')).toBeVisible();
    await user.clear(champ);
    expect(window.location.search).toBe(REVALORISATION);
    expect(premiereAvance('16 septembre 2022')).toBeVisible();
  });

  it.each([
    ['2022-02-30', '2022-02-30'],
    ['20/10/2022', '20/10/2022'],
    ['demain', 'demain'],
  ])(
    'une valeur invalide dans le lien (%s) est écartée avec un avis, le reste du calendrier est repris',
    (valeur, citee) => {
      window.history.replaceState(
        null,
        '',
        `/calendrier.html${REVALORISATION}&recrutement=${encodeURIComponent(valeur)}`,
      );
      render(<PageCalendrier recherche={window.location.search} aujourdhui={AUJOURDHUI} />);
      expect(screen.getByRole('status')).toHaveTextContent(
        `Date de recrutement : la valeur « ${citee} » du lien n’est pas une date valide (AAAA-MM-JJ) ; elle a été ignorée. Le reste du calendrier est repris.`,
      );
      expect(screen.getByLabelText(LIBELLE)).toHaveValue('');
      expect(premiereAvance('16 septembre 2022')).toBeVisible();
      expect(lignes('Versements par année civile').at(-1)).toEqual(['Total', '9', '64 500 €']);
      expect(window.location.search).toBe(REVALORISATION);
    },
  );

  it('une date saisie impossible : message lié au champ en sortant du champ, effacé par une date valide', async () => {
    const user = userEvent.setup();
    render(<PageCalendrier recherche={window.location.search} aujourdhui={AUJOURDHUI} />);
    const champ = screen.getByLabelText(LIBELLE);
    const message =
      'Date de recrutement invalide\u00a0: indiquez une date réelle entre 1900 et 2199. En attendant, la date de signature est retenue.';
    /** As getByText reads it (its default normaliser turns no-break spaces into spaces). */
    const affiche = message.replace(/\u00a0/g, ' ');
    await user.type(champ, '2300-01-01');
    expect(screen.queryByText(affiche)).toBeNull();
    await user.tab();
    expect(screen.getByText(affiche)).toBeVisible();
    expect(champ).toHaveAttribute('aria-invalid', 'true');
    expect(champ).toHaveAccessibleDescription(
      `Elle fixe la date de la première avance. Sans elle, la date de signature est retenue. ${message}`,
    );
    expect(premiereAvance('16 septembre 2022')).toBeVisible();
    // What was typed stays in the address (a reload then says it was set aside).
    expect(window.location.search).toBe(`${REVALORISATION}&recrutement=2300-01-01`);

    await user.clear(champ);
    await user.type(champ, '2022-10-20');
    expect(screen.queryByText(affiche)).toBeNull();
    expect(champ).not.toHaveAttribute('aria-invalid');
    expect(premiereAvance('4 novembre 2022')).toBeVisible();
  });

  it('sans simulation, le formulaire minimal garde la date de recrutement du lien', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/calendrier.html?recrutement=2025-03-03');
    render(<PageCalendrier recherche={window.location.search} aujourdhui={AUJOURDHUI} />);
    await user.click(screen.getByRole('button', { name: 'Afficher le calendrier' }));
    // A contract signed today: year 1 is paid within the month after signature whatever the
    // recruitment date, so the field is not offered (the date stays in the address, harmless).
    expect(screen.queryByLabelText(LIBELLE)).toBeNull();
    expect(screen.getByText(/ne change rien à ce calendrier/)).toBeVisible();
    expect(window.location.search).toContain('dateSignature=2025-03-10');
    expect(window.location.search).toMatch(/&recrutement=2025-03-03$/);
  });

  it.each([
    ['?v=1&recrutement=2022-10-20&option=demi', '?v=1&option=demi', '2022-10-20'],
    ['?recrutement=abc', '', 'abc'],
    ['?v=1&option=demi', '?v=1&option=demi', null],
    ['?v=1&recrutement=2022-10-20&recrutement=2023-01-01', '?v=1', '2022-10-20'],
  ])('sépare %s en %s pour le simulateur', (recherche, simulateur, recrutement) => {
    expect(separerRecrutement(recherche)).toEqual({ simulateur, recrutement });
  });

  it.each([
    ['?v=1&option=demi', '2022-10-20', '?v=1&option=demi&recrutement=2022-10-20'],
    [
      '?v=1&recrutement=2021-01-01&option=demi',
      '2022-10-20',
      '?v=1&option=demi&recrutement=2022-10-20',
    ],
    ['?v=1&recrutement=2021-01-01', '', '?v=1'],
    ['', '2022-10-20', '?recrutement=2022-10-20'],
  ])('%s avec la date « %s » donne %s', (recherche, valeur, attendu) => {
    expect(avecRecrutement(recherche, valeur)).toBe(attendu);
  });
});

describe('exports du calendrier', () => {
  const v = validerSituation({
    structure: 'liberal',
    dateSignature: '2022-09-01',
    specialite: 'medecine-generale',
    secteur: '1',
    option: 'demi',
    bande: 'P30-P50',
    exerciceRegroupe: true,
    exerciceCoordonne: true,
  });
  if (!v.ok) throw new Error('situation invalide');
  const { versements } = calendrierVersements(v.situation, simuler(v.situation));

  it('CSV : BOM, « ; », virgule décimale, une ligne par versement', () => {
    const csv = calendrierCsv(versements);
    const lignesCsv = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lignesCsv).toHaveLength(10);
    expect(lignesCsv[0]).toBe(
      'Année de contrat;Recrutement;Année du recrutement;Date;Versement;Part (%);Montant (€);Indicatif;Remarque',
    );
    expect(lignesCsv[4]).toBe(
      '3;;;2025-03-01;Avance de 50 %;50;5500,00;oui;Premier versement de 50 % : date choisie au milieu de l’année de contrat (aucun texte lu ne la fixe).',
    );
  });

  it('iCalendar (RFC 5545) : un VEVENT daté par versement, DTSTAMP donné, lignes pliées à 75 octets', () => {
    const ics = calendrierIcs(versements, '2022-09-01', '2026-11-23');
    const lignesIcs = ics.split('\r\n');
    expect(lignesIcs.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(ics.match(/DTSTAMP:20261123T000000Z/g)).toHaveLength(9);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250301');
    expect(ics).toContain('UID:versement-20220901-3-0-4@simulateur-aide-assistant-medical');
    const deplie = ics.replace(/\r\n /g, '');
    expect(deplie).toContain(
      'SUMMARY:Aide assistant médical\u00a0: avance de 50 % de l’année 3 (5\u202f500\u00a0€)',
    );
    for (const l of lignesIcs) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });

  it('plie une ligne longue sans couper un caractère', () => {
    const ligne = `DESCRIPTION:${'é'.repeat(80)}`;
    const plie = plier(ligne);
    expect(plie.replace(/\r\n /g, '')).toBe(ligne);
    expect(plie.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});
