// @vitest-environment jsdom
/**
 * Golden case collectif-scm-pamsu (RULES.md §7 bis, non officiel), typed through the wizard with the
 * real engine, down to the side-by-side comparison with individual contracts (§7 bis.3).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, montantsDuPlan, normal, remplir, suivant } from './aide.ts';

beforeEach(() => allerA(''));

async function repondre(user: UserEvent, question: string, reponse: string): Promise<void> {
  const groupe = screen.getByRole('group', { name: question });
  await user.click(within(groupe).getByRole('radio', { name: reponse }));
}

/** Rows of the side-by-side table: [year, collective, individual sum, per doctor, difference]. */
function lignesCoteACote(): string[][] {
  const table = screen.getByRole('table', { name: /Contrat collectif et contrats individuels/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((l) =>
      [within(l).getByRole('rowheader'), ...within(l).getAllByRole('cell')].map((c) =>
        normal(c.textContent),
      ),
    );
}

const SCM_PAMSU =
  '?v=1&etape=resultats&structure=collectif&dateSignature=2026-12-01&formeJuridique=scm' +
  '&medecinsAdherents=4&tousGeneralistesHorsMepSecteur1OuOptam=true&patientele.mt=4400' +
  '&patientele.fileActive=7000&etp=5&maitresDeStage=2&terrainDeStageAgree=false' +
  '&contratIndividuelEnCours=false&carence=false&atteinte=1;1;0.8;1;0.5';

describe('parcours d’un groupe de médecins généralistes (contrat collectif)', () => {
  it('reproduit le cas collectif-scm-pamsu : 190 000 / 140 000 / 88 000 / 110 000 / 55 000 €, puis la comparaison', async () => {
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const collectif = screen.getByRole('radio', {
      name: 'Groupe de médecins généralistes (contrat collectif)',
    });
    expect(collectif).toHaveAccessibleDescription(/non officiels/);
    await user.click(collectif);
    await suivant(user, 'Date de signature du contrat');

    const date = screen.getByLabelText('Date de signature du contrat collectif avec la CPAM');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await suivant(user, 'Votre groupe de médecins');

    await repondre(
      user,
      'Quelle société du groupe signe le contrat\u202f?',
      'SCM (société civile de moyens)',
    );
    await remplir(user, 'Nombre de médecins du groupe qui adhèrent au contrat', '4');
    const conditions = screen.getByRole('group', {
      name: /Tous les médecins adhérents sont-ils généralistes/,
    });
    expect(
      within(conditions)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['true', 'false', 'inconnu']);
    expect(
      within(conditions)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    await user.click(within(conditions).getByRole('radio', { name: 'Oui' }));
    await suivant(user, 'La patientèle du groupe');

    expect(screen.queryByRole('textbox', { name: /File active/ })).not.toBeInTheDocument();
    await remplir(
      user,
      'Patients qui ont déclaré l’un des médecins adhérents comme médecin traitant (total)',
      '4 400',
    );
    await suivant(user, 'Les assistants médicaux du groupe');

    await remplir(
      user,
      'Temps d’assistant médical demandé pour le groupe (en équivalents temps plein)',
      '5',
    );
    await remplir(
      user,
      'Nombre de médecins adhérents maîtres de stage qui accueillent un docteur junior',
      '2',
    );
    await repondre(user, 'Le cabinet est-il un terrain de stage ambulatoire agréé\u202f?', 'Non');
    await suivant(user, 'Contrats d’assistant passés ou en cours');

    await repondre(
      user,
      'Un médecin adhérent a-t-il encore un contrat individuel d’assistant médical en cours\u202f?',
      'Non',
    );
    await repondre(
      user,
      'Un contrat d’assistant médical d’un médecin adhérent a-t-il pris fin il y a moins de 2 ans\u202f?',
      'Non',
    );
    await suivant(user, 'Récapitulatif de vos réponses');
    expect(
      screen.getByRole('link', {
        name: 'Modifier\u00a0: Quelle société du groupe signe le contrat\u202f?',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Voir les résultats' }));
    const verdict = await screen.findByRole('region', { name: 'Éligible à l’aide' });
    expect(normal(verdict.textContent)).toContain(
      'Règles appliquées : contrat collectif des groupes de médecins généralistes (2026, non officiel).',
    );
    expect(normal(verdict.textContent)).toContain('chiffres non officiels');

    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 2, name: 'Résultat de la simulation' }),
      ).toHaveFocus(),
    );
    for (const [k, taux] of [
      [3, '80'],
      [5, '50'],
    ] as const) {
      await remplir(user, `Atteinte de l’objectif en année ${k} (en %)`, taux);
    }
    expect(montantsDuPlan()).toEqual({
      annees: ['190 000 €', '140 000 €', '88 000 €', '110 000 €', '55 000 €'],
      total: '583 000 €',
    });
    const plan = screen.getByRole('region', { name: 'Plan de versement' });
    expect(within(plan).getAllByRole('note')[0]).toHaveTextContent(/non officiels/);

    const explication = screen
      .getByText('Comment est calculé ce montant ? (année 1 : 190 000 €)')
      .closest('details') as HTMLElement;
    await user.click(within(explication).getByText(/^Comment est calculé/));
    expect(normal(explication.textContent)).toContain('non officiel');
    expect(normal(explication.textContent)).toContain('ETP d’assistant retenus (plafonnés)');
    const objectifs = screen.getByRole('region', { name: 'Objectif de patientèle du groupe' });
    expect(normal(objectifs.textContent)).toContain('+1 300 patients');
    expect(normal(objectifs.textContent)).toContain('+550 patients');

    const cote = screen.getByRole('region', {
      name: 'Un contrat collectif ou des contrats individuels\u202f?',
    });
    expect(within(cote).getByRole('note')).toHaveTextContent(/non officiels/);
    expect(
      within(cote).getByRole('radio', { name: 'Temps plein (1 ETP) par médecin' }),
    ).toBeChecked();
    expect(lignesCoteACote()).toEqual([
      ['Année 1', '190 000 €', '152 000 €', '38 000 €', '+38 000 €'],
      ['Année 2', '140 000 €', '112 000 €', '28 000 €', '+28 000 €'],
      ['Année 3', '88 000 €', '88 000 €', '22 000 €', '0 €'],
      ['Année 4', '110 000 €', '88 000 €', '22 000 €', '+22 000 €'],
      ['Année 5', '55 000 €', '44 000 €', '11 000 €', '+11 000 €'],
      ['Total', '583 000 €', '484 000 €', '121 000 €', '+99 000 €'],
    ]);
    expect(normal(cote.textContent)).toContain(
      'Sur 5 ans : 583 000 € avec le contrat collectif, 484 000 € avec les contrats individuels. Le contrat collectif verse 99 000 € de plus.',
    );
    expect(normal(cote.textContent)).toContain(
      'Contrat collectif (objectif du groupe)+1 300 patients médecin traitant et +550 patients de file active',
    );
    expect(normal(cote.textContent)).toContain(
      'Contrats individuels (objectif de chaque médecin)fixé par votre CPAM',
    );

    await user.click(within(cote).getByRole('radio', { name: 'Mi-temps (½ ETP) par médecin' }));
    expect(lignesCoteACote()[0]).toEqual([
      'Année 1',
      '190 000 €',
      '76 000 €',
      '19 000 €',
      '+114 000 €',
    ]);
    expect(lignesCoteACote()[5]).toEqual([
      'Total',
      '583 000 €',
      '242 000 €',
      '60 500 €',
      '+341 000 €',
    ]);

    const params = new URLSearchParams(window.location.search);
    expect(params.get('structure')).toBe('collectif');
    expect(params.get('formeJuridique')).toBe('scm');
    expect(params.get('medecinsAdherents')).toBe('4');
    expect(params.get('tousGeneralistesHorsMepSecteur1OuOptam')).toBe('true');
    expect(params.get('patientele.mt')).toBe('4 400');
    expect(params.get('etp')).toBe('5');
    expect(params.get('maitresDeStage')).toBe('2');
    expect(params.get('terrainDeStageAgree')).toBe('false');
    expect(params.get('atteinte')).toBe('1;1;0.8;1;0.5');
  });

  it('un lien partagé rouvre les résultats du groupe avec toutes ses réponses', async () => {
    allerA(SCM_PAMSU);
    render(<PageSimulateur />);
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(screen.queryByText(/ont été ignorés/)).not.toBeInTheDocument();
    expect(montantsDuPlan().total).toBe('583 000 €');
    expect(lignesCoteACote()[5]).toEqual([
      'Total',
      '583 000 €',
      '484 000 €',
      '121 000 €',
      '+99 000 €',
    ]);
  });

  it('question décisive sans réponse : jamais prise pour « non », le verdict attend la réponse', async () => {
    allerA(SCM_PAMSU.replace('&tousGeneralistesHorsMepSecteur1OuOptam=true', ''));
    render(<PageSimulateur />);
    expect(
      await screen.findByRole('heading', {
        name: /Il manque (une|des) informations? pour conclure/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Éligible à l’aide' })).not.toBeInTheDocument();
    expect(normal(document.body.textContent)).toContain(
      'Tous les médecins adhérents sont-ils généralistes',
    );
  });

  it('une SEL dont la moyenne est sous 775 patients : pas éligible, pour les deux raisons', async () => {
    allerA(
      '?v=1&etape=resultats&structure=collectif&dateSignature=2026-09-15&formeJuridique=sel' +
        '&medecinsAdherents=3&tousGeneralistesHorsMepSecteur1OuOptam=true&patientele.mt=2300' +
        '&etp=2&contratIndividuelEnCours=false&carence=false',
    );
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', { name: 'Pas éligible à l’aide' });
    const texte = normal(verdict.textContent);
    expect(texte).toContain('Une SEL ne peut pas signer le contrat collectif');
    expect(texte).toMatch(/766,67/);
    expect(
      screen.queryByRole('region', {
        name: 'Un contrat collectif ou des contrats individuels\u202f?',
      }),
    ).not.toBeInTheDocument();
  });

  it('une SEL au-dessus du plancher : « avec une SCM… » rendrait le groupe éligible', async () => {
    allerA(
      '?v=1&etape=resultats&structure=collectif&dateSignature=2026-06-01&formeJuridique=sel' +
        '&medecinsAdherents=3&tousGeneralistesHorsMepSecteur1OuOptam=true&patientele.mt=2550' +
        '&etp=2&contratIndividuelEnCours=false&carence=false',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await screen.findByRole('region', { name: 'Pas éligible à l’aide' });
    const pistes = screen.getByRole('region', { name: 'Ce qui changerait le résultat' });
    expect(normal(pistes.textContent)).toContain(
      'Avec une SCM (ou une SCP, une SISA) du groupe comme signataire, vous seriez éligible.',
    );
    await user.click(within(pistes).getByRole('button', { name: /^Simuler ce cas/ }));
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('formeJuridique')).toBe('scm');
    expect(normal(screen.getByRole('region', { name: 'Plan de versement' }).textContent)).toContain(
      'Temps d’assistant financé pour le groupe : 2 ETP.',
    );
    expect(montantsDuPlan().annees).toEqual([
      '76 000 €',
      '56 000 €',
      '44 000 €',
      '44 000 €',
      '44 000 €',
    ]);
  });

  it('réponse invalide : un message en français qui nomme la question', async () => {
    allerA(
      '?v=1&etape=collectif-assistants&structure=collectif&dateSignature=2026-12-01&medecinsAdherents=4',
    );
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await remplir(
      user,
      'Temps d’assistant médical demandé pour le groupe (en équivalents temps plein)',
      '0',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Temps d’assistant médical demandé pour le groupe (en équivalents temps plein) : plus de 0 (saisi : 0)',
    );
  });
});
