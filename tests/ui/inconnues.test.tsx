// @vitest-environment jsdom
/**
 * Issue 10: an unanswered question never becomes "non" in the wizard. Avenant 7 GP (2021, ½ ETP,
 * 900 adult MT patients): without the grouped / coordinated / zone answers the verdict waits for
 * them; "Je ne sais pas" stays in the URL; a single open question shows both outcomes.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { allerA, montantsDuPlan, normal } from './aide.ts';

const AVENANT7 =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2021-03-01&specialite=medecine-generale&secteur=1&option=demi&patientele.mtAdultes=900&nouvelInstalle=false&rqthOuAld=false';

describe('une question sans réponse n’est jamais un « non »', () => {
  it('avenant 7 sans réponse sur le groupe, la coordination et la zone : il manque des informations, jamais « pas éligible »', async () => {
    allerA(AVENANT7);
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', {
      name: 'Il manque des informations pour conclure',
    });
    expect(screen.queryByRole('region', { name: 'Pas éligible à l’aide' })).not.toBeInTheDocument();
    expect(normal(verdict.textContent)).not.toMatch(/il faut exercer en groupe/);
    const liens = within(verdict)
      .getAllByRole('link')
      .map((l) => normal(l.textContent));
    expect(liens).toEqual([
      'Répondre : Exercez-vous en zone sous-dense (zone d’intervention prioritaire) ?',
      'Répondre : Exercez-vous en groupe (au moins deux médecins, ou maison de santé) ?',
      'Répondre : Exercez-vous de façon coordonnée (maison de santé, équipe de soins primaires, CPTS…) ?',
    ]);
    expect(normal(verdict.textContent)).toContain(
      'Selon vos réponses, l’aide irait de 0 € à 63 500 € sur 5 ans.',
    );
    expect(
      screen.queryByRole('table', { name: /Versements prévisionnels/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Ce qui changerait le résultat' }),
    ).not.toBeInTheDocument();
  });

  it('oui / non / je ne sais pas, rien de coché ; « je ne sais pas » reste dans l’adresse et donne les deux issues', async () => {
    allerA(AVENANT7);
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', {
      name: 'Il manque des informations pour conclure',
    });
    await user.click(
      within(verdict).getByRole('link', { name: /Répondre\s:\sExercez-vous en groupe/ }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Votre exercice' })).toHaveFocus();

    const zone = screen.getByRole('group', { name: /zone sous-dense/ });
    const groupe = screen.getByRole('group', { name: /Exercez-vous en groupe/ });
    const coordonne = screen.getByRole('group', { name: /façon coordonnée/ });
    for (const g of [zone, groupe, coordonne]) {
      const radios = within(g).getAllByRole('radio');
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['true', 'false', 'inconnu']);
      expect(radios.filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    }
    await user.click(within(zone).getByRole('radio', { name: 'Non' }));
    await user.click(within(groupe).getByRole('radio', { name: 'Je ne sais pas' }));
    await user.click(within(coordonne).getByRole('radio', { name: 'Oui' }));
    expect(new URLSearchParams(window.location.search).get('exerciceRegroupe')).toBe('inconnu');

    await user.click(screen.getByRole('button', { name: 'Revenir aux résultats' }));
    const seul = await screen.findByRole('region', {
      name: 'Il manque une information pour conclure',
    });
    const texte = normal(seul.textContent);
    expect(texte).toContain(
      'Si oui : Éligible à l’aide — 18 000 € la première année, 63 500 € sur 5 ans.',
    );
    expect(texte).toContain(
      'Si non : Pas éligible à l’aide. Sous l’avenant 7, il faut exercer en groupe (au moins 2 médecins ou une MSP), sauf en zone sous-dense.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Vos réponses' })).getByText('Je ne sais pas'),
    ).toBeInTheDocument();

    // A reload (or a shared link) keeps "je ne sais pas".
    const adresse = window.location.search;
    cleanup();
    allerA(adresse.replace('etape=resultats', 'etape=exercice'));
    render(<PageSimulateur />);
    const groupeRelu = screen.getByRole('group', { name: /Exercez-vous en groupe/ });
    expect(within(groupeRelu).getByRole('radio', { name: 'Je ne sais pas' })).toBeChecked();
    expect(screen.queryByText(/ignorés/)).not.toBeInTheDocument();

    await user.click(within(groupeRelu).getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('button', { name: 'Voir les résultats' }));
    expect(await screen.findByRole('region', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan()).toEqual({
      annees: ['18 000 €', '13 500 €', '10 500 €', '10 500 €', '11 000 €'],
      total: '63 500 €',
    });
  });

  it('un lien ancien sans la clé vaut « sans réponse » ; le lot garde la convention absent = non', async () => {
    allerA(
      '?v=1&etape=resultats&structure=liberal&dateSignature=2021-03-01&specialite=medecine-generale&secteur=1&option=demi&patientele.mtAdultes=900&nouvelInstalle=false&rqthOuAld=false&zoneSousDense=false&exerciceCoordonne=true',
    );
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', {
      name: 'Il manque une information pour conclure',
    });
    expect(
      within(verdict)
        .getAllByRole('link')
        .map((l) => normal(l.textContent)),
    ).toEqual(['Répondre : Exercez-vous en groupe (au moins deux médecins, ou maison de santé) ?']);
    const lot = validerSituation({
      structure: 'liberal',
      dateSignature: '2021-03-01',
      specialite: 'medecine-generale',
      secteur: '1',
      option: 'demi',
      patientele: { mtAdultes: 900 },
      zoneSousDense: false,
      exerciceCoordonne: true,
    });
    if (!lot.ok) throw new Error('situation invalide');
    expect(simuler(lot.situation).eligibilite.statut).toBe('ineligible');
  });
});
