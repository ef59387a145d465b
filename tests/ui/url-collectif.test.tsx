// @vitest-environment jsdom
/** The URL carries a group's answers (collective contract): reload, back button, shared link. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { ecrireUrl, lireUrl } from '../../src/ui/state/url.ts';
import { IDS_ETAPES } from '../../src/ui/wizard/etapes.ts';
import { allerA, normal } from './aide.ts';

beforeEach(() => allerA(''));

const GROUPE = {
  structure: 'collectif',
  dateSignature: '2026-06-01',
  formeJuridique: 'sisa',
  medecinsAdherents: '3',
  tousGeneralistesHorsMepSecteur1OuOptam: 'true',
  'patientele.mt': '3300',
  etp: '3.5',
  'patientsDejaGagnes.mt': '300',
  'patientsDejaGagnes.fileActive': '50',
  contratIndividuelEnCours: 'inconnu',
  carence: 'false',
  nouveauxInstalles: '1',
  'realise.mt': '100;300;360;480;480',
  'realise.fileActive': '50;100;140;280;280',
};

describe('adresse d’une simulation de groupe', () => {
  it('écrit puis relit chaque réponse du groupe, sans rien ignorer', () => {
    const url = ecrireUrl(GROUPE, 'resultats');
    expect(url).toContain('formeJuridique=sisa');
    expect(url).toContain('patientsDejaGagnes.fileActive=50');
    expect(lireUrl(url, IDS_ETAPES)).toMatchObject({
      reponses: GROUPE,
      etape: 'resultats',
      ignores: [],
      versionInconnue: false,
    });
  });

  it('écarte une forme juridique inconnue en le disant, garde le reste', () => {
    const lu = lireUrl('?v=1&structure=collectif&formeJuridique=sarl&etp=2', IDS_ETAPES);
    expect(lu.ignores).toEqual(['formeJuridique']);
    expect(lu.reponses).toEqual({ structure: 'collectif', etp: '2' });
  });

  it('le bouton retour ramène à l’étape du groupe avec ses réponses', async () => {
    allerA('?v=1&etape=collectif-groupe&structure=collectif&dateSignature=2026-06-01');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const forme = screen.getByRole('group', {
      name: 'Quelle société du groupe signe le contrat\u202f?',
    });
    await user.click(within(forme).getByRole('radio', { name: /^SISA/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Nombre de médecins du groupe qui adhèrent au contrat' }),
      '3',
    );
    const conditions = screen.getByRole('group', { name: /Tous les médecins adhérents/ });
    await user.click(within(conditions).getByRole('radio', { name: 'Je ne sais pas' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'La patientèle du groupe' }),
    ).toHaveFocus();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('etape')).toBe('collectif-patientele');
    expect(params.get('tousGeneralistesHorsMepSecteur1OuOptam')).toBe('inconnu');
    act(() => {
      window.history.back();
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Votre groupe de médecins' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^SISA/ })).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: 'Nombre de médecins du groupe qui adhèrent au contrat' }),
    ).toHaveValue('3');
    expect(
      within(screen.getByRole('group', { name: /Tous les médecins adhérents/ })).getByRole(
        'radio',
        { name: 'Je ne sais pas' },
      ),
    ).toBeChecked();
  });

  it('cas collectif-plafond-deja-gagnes ouvert par un lien : 114 000 … 66 000 €, plafond appliqué', async () => {
    allerA(`${ecrireUrl({ ...GROUPE, contratIndividuelEnCours: 'false' }, 'resultats')}`);
    render(<PageSimulateur />);
    const verdict = await screen.findByRole('region', { name: 'Éligible à l’aide' });
    expect(normal(verdict.textContent)).toMatch(/plafond/i);
    const table = screen.getByRole('table', { name: /Versements prévisionnels/ });
    expect(normal(table.textContent)).toContain('114 000 €');
    expect(normal(table.textContent)).toContain('Total379 500 €');
    const objectifs = screen.getByRole('region', { name: 'Objectif de patientèle du groupe' });
    expect(normal(objectifs.textContent)).toContain('+480 patients');
    expect(normal(objectifs.textContent)).toContain('+280 patients');
  });
});
