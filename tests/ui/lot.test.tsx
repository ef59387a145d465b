// @vitest-environment jsdom
/**
 * Batch screening page (lot.html): the processing function on the shipped sample, its limits and
 * its cancellation, then the page with the real engine (jsdom has no Worker: the page falls back
 * to the main thread, by slices).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageLot } from '../../src/ui/pages/lot/PageLot.tsx';
import { traiterCsv, traiterFichier, type LigneLot } from '../../src/ui/pages/lot/traitement.ts';
import { surLeFilPrincipal, type Traitement } from '../../src/ui/pages/lot/lancer.ts';
import { TAILLE_MAX_OCTETS } from '../../src/ui/pages/lot/limites.ts';
import { versCsv } from '../../src/ui/pages/lot/export-csv.ts';
import { compter, FILTRES_VIDES, TRI_INITIAL } from '../../src/ui/pages/lot/tableau.ts';
import { normal } from './aide.ts';

const EXEMPLE = readFileSync(path.resolve('public/exemples/lot-exemple.csv'), 'utf8');
const MODELE = readFileSync(path.resolve('public/exemples/lot-modele.csv'), 'utf8');

async function lignesDe(texte: string): Promise<LigneLot[]> {
  const resultat = await traiterCsv(texte, 'lot.csv');
  if (resultat.etat !== 'fini') throw new Error(JSON.stringify(resultat));
  return resultat.lignes;
}

describe('traitement d’un lot (sans navigateur)', () => {
  it('compte les verdicts de l’exemple fourni, lignes invalides comprises', async () => {
    const lignes = await lignesDe(EXEMPLE);
    expect(lignes).toHaveLength(20);
    expect(compter(lignes)).toEqual({
      eligible: 9,
      'a-confirmer': 1,
      incomplet: 3,
      ineligible: 4,
      invalide: 3,
    });
  });

  it('calcule les montants de la ligne 2 (cas lib-2024-plein-degressivite) et son lien, chaque oui/non laissé vide écrit « non » comme le lot l’a compris', async () => {
    const [l] = await lignesDe(EXEMPLE);
    expect(l?.ligne).toBe(2);
    expect(l?.montants).toEqual([38000, 28000, 13200, 19800, 22000]);
    expect(l?.total).toBe(121000);
    expect(l?.lien).toBe(
      'index.html?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9;1&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50&optam=false&zoneSousDense=false&exerciceRegroupe=false&exerciceCoordonne=false&nouvelInstalle=false&rqthOuAld=false&activiteMixte=false',
    );
  });

  it('nomme le champ en erreur de chaque ligne invalide, avec son numéro de ligne dans le fichier', async () => {
    const invalides = (await lignesDe(EXEMPLE)).filter((l) => l.verdict === 'invalide');
    expect(invalides.map((l) => [l.ligne, l.erreurs.map((e) => e.champ)])).toEqual([
      [18, ['dateSignature']],
      [19, ['secteur']],
      [20, ['patientele.mtAdultes', 'assistants.0.etp']],
    ]);
    expect(invalides[1]?.erreurs[0]?.message).toMatch(/^secteur : valeur non reconnue « 3 »/);
    expect(invalides[0]?.lien).toMatch(/^index\.html\?v=1&etape=recapitulatif&structure=liberal/);
  });

  it('écrit les recrutements et le réalisé d’un centre dans le lien (modèle fourni)', async () => {
    const [, centre] = await lignesDe(MODELE);
    expect(centre?.montants).toEqual([72000, 54000, 31500, 42000, 42000]);
    expect(centre?.lien).toContain('realise.mt=100;200;270;420;420');
    expect(centre?.lien).toContain('assistants=1:2');
  });

  it('signale une ligne de mauvaise largeur sans arrêter les autres', async () => {
    const lignes = await lignesDe(
      'structure,dateSignature,etpGeneralistes\ncentre,2025-01-01,2,9\ncentre,2025-01-01,2\n',
    );
    expect(lignes.map((l) => l.verdict)).toEqual(['invalide', 'incomplet']);
    expect(lignes[0]?.erreurs[0]?.message).toBe('4 cellules alors que l’en-tête compte 3 colonnes');
  });

  it('refuse un fichier mal formé ou un en-tête en double, avec la ligne en cause', async () => {
    await expect(traiterCsv('structure\n"centre\n', 'a.csv')).resolves.toEqual({
      etat: 'refuse',
      message: '« a.csv » : CSV mal formé, ligne 2, colonne 1 : guillemet ouvert jamais refermé.',
    });
    const doublon = await traiterCsv('structure,structure\ncentre,centre\n', 'b.csv');
    expect(doublon.etat === 'refuse' && doublon.message).toMatch(
      /la colonne « structure » apparaît deux fois/,
    );
    expect(await traiterCsv('', 'c.csv')).toEqual({
      etat: 'refuse',
      message: '« c.csv » est vide\u00a0: aucune situation à simuler.',
    });
  });

  it('exporte un CSV : en-tête, verdict en français, montants au centime', async () => {
    const csv = versCsv(await lignesDe(EXEMPLE));
    const [entete, premiere] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(entete).toBe(
      'ligne,reference,structure,statut,verdict,regime,option,raisons,messages,annee1,annee2,annee3,annee4,annee5,total',
    );
    expect(premiere).toMatch(
      /^2,,liberal,eligible,Éligible,convention-2024,plein,objectif-fixe-par-cpam,L’objectif .*,38000,28000,13200,19800,22000,121000$/,
    );
  });
});

/** n rows of a liberal doctor (golden case lib-2024-plein-degressivite without the what-if). */
function lotDe(n: number): string {
  const ligne = 'liberal,2025-02-01,medecine-generale,1,plein,P30-P50';
  return ['structure,dateSignature,specialite,secteur,option,bande', ...Array(n).fill(ligne)].join(
    '\n',
  );
}

/** n one-cell rows (quick to read: the limit tests read 100,000 of them). */
const centres = (n: number): string => `structure\n${'centre\n'.repeat(n)}`;

describe('limites et annulation d’un lot', () => {
  it('refuse plus de 100 000 lignes, avant toute simulation, en disant combien il y en a', async () => {
    const tranches: number[] = [];
    const issue = await traiterFichier(centres(100_001), 'enorme.csv', {
      surTranche: (lignes) => tranches.push(lignes.length),
    });
    expect(issue.etat === 'refuse' && normal(issue.message)).toBe(
      '« enorme.csv » compte 100 001 lignes de situations : la limite est de 100 000 lignes par fichier. Découpez-le en fichiers plus petits.',
    );
    expect(tranches).toEqual([]);
  });

  it('accepte 100 000 lignes, les rend par tranches de 500 et s’arrête à la tranche suivante quand on annule', async () => {
    const progres: [number, number, number][] = [];
    let annule = false;
    const issue = await traiterFichier(new TextEncoder().encode(centres(100_000)), 'max.csv', {
      surTranche: (lignes, fait, total) => {
        progres.push([lignes.length, fait, total]);
        if (fait >= 1000) annule = true;
      },
      estAnnule: () => annule,
    });
    expect(issue).toEqual({ etat: 'annule' });
    expect(progres).toEqual([
      [500, 500, 100_000],
      [500, 1000, 100_000],
    ]);
  });

  it('sur le fil principal, « annuler » règle le traitement comme annulé sans aller au bout', async () => {
    const octets = new TextEncoder().encode(lotDe(2000)).buffer as ArrayBuffer;
    const progres: number[] = [];
    // Cancelled when the second slice reports, whether the first ran before this call returned.
    let traitement: Traitement | undefined = undefined;
    traitement = surLeFilPrincipal(octets, 'lot.csv', (fait) => {
      progres.push(fait);
      if (progres.length === 2) traitement?.annuler();
    });
    await expect(traitement.resultat).resolves.toEqual({ etat: 'annule' });
    expect(progres).toEqual([500, 1000]);
  });

  it('sans annulation, le fil principal garde toutes les lignes, dans l’ordre du fichier, et les rend page par page', async () => {
    const octets = new TextEncoder().encode(lotDe(1200)).buffer as ArrayBuffer;
    const progres: number[] = [];
    const traitement = surLeFilPrincipal(octets, 'lot.csv', (fait) => progres.push(fait));
    const resultat = await traitement.resultat;
    expect(progres).toEqual([500, 1000, 1200]);
    expect(resultat.etat === 'fini' && resultat.resume.total).toBe(1200);
    const derniere = await traitement.vue({ tri: TRI_INITIAL, filtres: FILTRES_VIDES, page: 99 });
    expect([derniere.page, derniere.pages, derniere.nombre]).toEqual([24, 24, 1200]);
    expect(derniere.lignes.map((l) => l.ligne).slice(-2)).toEqual([1200, 1201]);
  });
});

function fichier(texte: string, nom = 'lot-exemple.csv'): File {
  return new File([texte], nom, { type: 'text/csv' });
}

async function deposer(texte: string, nom?: string) {
  const user = userEvent.setup();
  render(<PageLot />);
  await user.upload(screen.getByLabelText('Choisir un fichier CSV ou Excel'), fichier(texte, nom));
  await screen.findByRole('heading', { name: 'Résultats' });
  return user;
}

const tableau = () => screen.getByRole('table', { name: /Résultats du lot/ });
const lignesDuTableau = () => within(tableau()).getAllByRole('row').slice(1);
const numeros = () =>
  lignesDuTableau().map((r) => normal(within(r).getByRole('rowheader').textContent));

// After a sort, a filter or a page change, the rows come from where the batch runs: waitFor.
describe('page « Examen d’un lot »', () => {
  it('affiche les comptes par verdict et une ligne par situation', async () => {
    await deposer(EXEMPLE);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Traitement de « lot-exemple.csv » terminé : 20 lignes, dont 3 invalides.',
    );
    const comptes = screen.getByRole('list', { name: 'Nombre de lignes par verdict' });
    expect(
      within(comptes)
        .getAllByRole('listitem')
        .map((li) => normal(li.textContent)),
    ).toEqual([
      'Éligible 9',
      'À confirmer 1',
      'Incomplet 3',
      'Pas éligible 4',
      'Ligne invalide 3',
      'Total 20',
    ]);
    expect(tableau()).toHaveAccessibleName(
      'Résultats du lot\u00a0: 20 lignes sur 20, page 1 sur 1',
    );
    const premiere = lignesDuTableau()[0] as HTMLElement;
    expect(normal(premiere.textContent)).toContain(
      '38 000 €28 000 €13 200 €19 800 €22 000 €121 000 €',
    );
    expect(
      within(premiere).getByRole('link', {
        name: 'Ouvrir dans le simulateur (ligne 2, nouvel onglet)',
      }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/^index\.html\?v=1&etape=resultats&structure=liberal/),
    );
  });

  it('filtre par verdict, structure et texte', async () => {
    const user = await deposer(EXEMPLE);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'Ligne invalide');
    await waitFor(() => expect(numeros()).toEqual(['18', '19', '20']));
    expect(normal(lignesDuTableau()[1]?.textContent)).toContain(
      'secteur : valeur non reconnue « 3 »',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'Tous');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Structure' }),
      'Centre de santé',
    );
    await waitFor(() => expect(numeros()).toEqual(['15', '16', '17', '20']));
    await user.type(screen.getByRole('searchbox', { name: /Rechercher/ }), 'nouveau-centre');
    await waitFor(() => expect(numeros()).toEqual(['16']));
  });

  it('trie par total, du plus grand au plus petit, et l’annonce par aria-sort', async () => {
    const user = await deposer(EXEMPLE);
    const bouton = within(tableau()).getByRole('button', { name: 'Total' });
    await user.click(bouton);
    expect(bouton.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(bouton);
    expect(bouton.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(
      within(tableau()).getByRole('button', { name: 'Ligne' }).closest('th'),
    ).not.toHaveAttribute('aria-sort');
    await waitFor(() => expect(numeros().slice(0, 4)).toEqual(['15', '16', '21', '10']));
  });

  it('pagine par 50 lignes', async () => {
    const ligne = 'liberal,2025-02-01,medecine-generale,1,plein,P30-P50';
    const texte = [
      'structure,dateSignature,specialite,secteur,option,bande',
      ...Array(230).fill(ligne),
    ].join('\n');
    const user = await deposer(texte, 'gros.csv');
    expect(tableau()).toHaveAccessibleName(
      'Résultats du lot\u00a0: 230 lignes sur 230, page 1 sur 5',
    );
    expect(lignesDuTableau()).toHaveLength(50);
    const pages = screen.getByRole('navigation', { name: 'Pages de résultats' });
    expect(within(pages).getByRole('button', { name: 'Page précédente' })).toBeDisabled();
    for (let page = 2; page <= 5; page++) {
      await user.click(within(pages).getByRole('button', { name: 'Page suivante' }));
      await waitFor(() =>
        expect(tableau()).toHaveAccessibleName(
          `Résultats du lot\u00a0: 230 lignes sur 230, page ${page} sur 5`,
        ),
      );
    }
    await waitFor(() => expect(lignesDuTableau()).toHaveLength(30));
    expect(numeros()[0]).toBe('202');
  });

  it('refuse un fichier qui n’est pas un CSV, en français', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<PageLot />);
    await user.upload(
      screen.getByLabelText('Choisir un fichier CSV ou Excel'),
      new File(['x'], 'photo.png', { type: 'image/png' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« photo.png » n’est ni un fichier CSV ni un classeur Excel',
    );
  });

  it('accepte un fichier glissé-déposé sur la zone, et se trie au clavier', async () => {
    const user = userEvent.setup();
    render(<PageLot />);
    const zone = screen.getByText('Glissez-déposez un fichier CSV ou Excel (.xlsx) ici, ou')
      .parentElement as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [fichier(EXEMPLE)] } });
    await screen.findByRole('heading', { name: 'Résultats' });
    within(tableau()).getByRole('button', { name: 'Verdict' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(numeros().slice(0, 3)).toEqual(['2', '4', '5']));
    expect(numeros().slice(-3)).toEqual(['18', '19', '20']);
  });

  it('affiche ses limites près du dépôt et refuse un fichier de plus de 20 Mo sans le lire', async () => {
    const user = userEvent.setup();
    render(<PageLot />);
    const entree = screen.getByLabelText('Choisir un fichier CSV ou Excel');
    expect(entree).toHaveAccessibleDescription(
      /^Limites\s: 100\s000 lignes et 20 Mo par fichier\./,
    );
    const gros = new File([new Uint8Array(TAILLE_MAX_OCTETS + 1)], 'tres-gros.csv', {
      type: 'text/csv',
    });
    const lu = vi.fn(() => Promise.reject(new Error('lu')));
    Object.assign(gros, { arrayBuffer: lu, text: lu, stream: lu });
    await user.upload(entree, gros);
    expect(normal((await screen.findByRole('alert')).textContent)).toBe(
      '« tres-gros.csv » pèse 20,1 Mo : la limite est de 20 Mo par fichier. Découpez-le en fichiers plus petits (au plus 100 000 lignes chacun).',
    );
    expect(lu).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('« Annuler » arrête un gros lot, rend le focus au choix du fichier, et un autre fichier passe ensuite', async () => {
    const user = userEvent.setup();
    render(<PageLot />);
    const entree = screen.getByLabelText('Choisir un fichier CSV ou Excel');
    await user.upload(entree, fichier(lotDe(20_000), 'vingt-mille.csv'));
    expect(screen.getByRole('progressbar', { name: 'Avancement du traitement' })).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Traitement de « vingt-mille.csv » annulé. Vous pouvez choisir un autre fichier.',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Résultats' })).not.toBeInTheDocument();
    expect(entree).toHaveFocus();

    await user.upload(entree, fichier(EXEMPLE));
    await screen.findByRole('heading', { name: 'Résultats' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Traitement de « lot-exemple.csv » terminé : 20 lignes, dont 3 invalides.',
    );
  });
});
