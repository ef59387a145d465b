// @vitest-environment jsdom
/** Golden case cds-exemple-1 (FNCS example 1), typed through the wizard with the real engine. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { allerA, montantsDuPlan, normal, remplir, suivant } from './aide.ts';

beforeEach(() => allerA(''));

describe('parcours d’un centre de santé', () => {
  it('reproduit l’exemple 1 : 72 000, 54 000, 31 500, 42 000, 42 000', async () => {
    const user = userEvent.setup();
    render(<PageSimulateur />);
    await user.click(screen.getByRole('radio', { name: 'Centre de santé' }));
    await suivant(user, 'Date de signature du contrat');

    const date = screen.getByLabelText('Date de signature du contrat avec la CPAM');
    await user.clear(date);
    await user.type(date, '2021-01-04');
    await suivant(user, 'Les médecins du centre');

    await remplir(user, 'Médecins généralistes du centre (en équivalents temps plein)', '6');
    await remplir(user, 'Médecins spécialistes du centre (en équivalents temps plein)', '2');
    await user.click(screen.getAllByRole('radio', { name: 'Non' })[0]!);
    await suivant(user, 'La patientèle du centre');

    await remplir(user, 'Patientèle médecin traitant adulte du centre (tous médecins)', '5600');
    await remplir(user, 'File active du centre (patients distincts vus dans l’année)', '16000');
    await suivant(user, 'Les assistants médicaux du centre');

    await user.click(screen.getByRole('button', { name: 'Ajouter un recrutement' }));
    expect(screen.getByRole('textbox', { name: 'Année de début du recrutement 1' })).toHaveValue(
      '1',
    );
    await remplir(user, 'ETP d’assistant du recrutement 1', '2');
    await suivant(user, 'Récapitulatif de vos réponses');
    expect(normal(screen.getByText('2 ETP à partir de l’année 1').textContent)).toBe(
      '2 ETP à partir de l’année 1',
    );

    await user.click(screen.getByRole('button', { name: 'Voir les résultats' }));
    expect(await screen.findByRole('heading', { name: 'Éligible à l’aide' })).toBeInTheDocument();
    expect(montantsDuPlan().annees.slice(0, 2)).toEqual(['72 000 €', '54 000 €']);
    const objectifs = screen.getByRole('region', { name: 'Objectif de patientèle du centre' });
    expect(normal(objectifs.textContent)).toContain('+420 patients');
    expect(normal(objectifs.textContent)).toContain('+1 200 patients');

    await user.click(screen.getByRole('radio', { name: 'patients gagnés (réalisé)' }));
    const realises: [number, string, string][] = [
      [3, '270', '700'],
      [4, '420', '1200'],
      [5, '420', '1200'],
    ];
    for (const [k, mt, fa] of realises) {
      await remplir(user, `Patients médecin traitant gagnés à la fin de l’année ${k}`, mt);
      await remplir(user, `Patients de file active gagnés à la fin de l’année ${k}`, fa);
    }
    expect(montantsDuPlan()).toEqual({
      annees: ['72 000 €', '54 000 €', '31 500 €', '42 000 €', '42 000 €'],
      total: '241 500 €',
    });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('realise.mt')).toBe(';;270;420;420');
    expect(params.get('assistants')).toBe('1:2');
  });
});
