// @vitest-environment jsdom
/** lot.html with groups of GPs (collective contract, issue 11): simulated, shown, filtered, linked. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageLot } from '../../src/ui/pages/lot/PageLot.tsx';
import { traiterCsv, type LigneLot } from '../../src/ui/pages/lot/traitement.ts';
import { normal } from './aide.ts';

/** Golden cases collectif-scm-pamsu and collectif-sel-sous-p30, then a liberal doctor. */
const CSV = [
  'structure,dateSignature,formeJuridique,medecinsAdherents,tousGeneralistesHorsMepSecteur1OuOptam,patientele.mt,patientele.fileActive,etp,maitresDeStage,atteinte,specialite,secteur,option,bande',
  'collectif,2026-12-01,scm,4,true,4400,7000,5,2,1;1;0.8;1;0.5,,,,',
  'collectif,2026-09-15,sel,3,true,2300,4000,2,,,,,,',
  'liberal,2025-02-01,,,,,,,,1;1;0.6;0.9;1,medecine-generale,1,plein,P30-P50',
].join('\n');

async function lignes(): Promise<LigneLot[]> {
  const r = await traiterCsv(CSV, 'groupes.csv');
  if (r.etat !== 'fini') throw new Error(JSON.stringify(r));
  return r.lignes;
}

describe('lot de groupes de médecins (contrat collectif)', () => {
  it('simule chaque groupe : montants, ETP financés, verdict', async () => {
    const [scm, sel] = await lignes();
    expect(scm).toMatchObject({
      ligne: 2,
      structure: 'collectif',
      verdict: 'eligible',
      regime: 'collectif-2026',
      montants: [190000, 140000, 88000, 110000, 55000],
      total: 583000,
      etpCentre: 5,
    });
    expect(sel).toMatchObject({ structure: 'collectif', verdict: 'ineligible', total: 0 });
    expect(sel?.raisons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['collectif-sel', 'collectif-sous-p30']),
    );
  });

  it('« Ouvrir dans le simulateur » porte les réponses du groupe', async () => {
    const [scm] = await lignes();
    const params = new URLSearchParams(scm?.lien.slice(scm.lien.indexOf('?')));
    expect(params.get('etape')).toBe('resultats');
    expect(params.get('structure')).toBe('collectif');
    expect(params.get('formeJuridique')).toBe('scm');
    expect(params.get('medecinsAdherents')).toBe('4');
    expect(params.get('tousGeneralistesHorsMepSecteur1OuOptam')).toBe('true');
    expect(params.get('patientele.mt')).toBe('4400');
    expect(params.get('etp')).toBe('5');
    expect(params.get('maitresDeStage')).toBe('2');
    expect(params.get('atteinte')).toBe('1;1;0.8;1;0.5');
  });

  it('la page nomme la structure, l’ETP du groupe, et filtre les groupes', async () => {
    const user = userEvent.setup();
    render(<PageLot />);
    await user.upload(
      screen.getByLabelText('Choisir un fichier CSV ou Excel'),
      new File([CSV], 'groupes.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('heading', { name: 'Résultats' });
    const tableau = screen.getByRole('table', { name: /Résultats du lot/ });
    const premiere = within(tableau).getAllByRole('row')[1] as HTMLElement;
    const texte = normal(premiere.textContent);
    expect(texte).toContain('Groupe de médecins généralistes (contrat collectif)');
    expect(texte).toContain('5 ETP (groupe)');
    expect(texte).toContain('190 000 €140 000 €88 000 €110 000 €55 000 €583 000 €');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Structure' }),
      'Groupe de médecins généralistes (contrat collectif)',
    );
    // The rows come from where the batch runs, just after the filter changes.
    await waitFor(() =>
      expect(
        within(tableau)
          .getAllByRole('row')
          .slice(1)
          .map((r) => normal(within(r).getByRole('rowheader').textContent)),
      ).toEqual(['2', '3']),
    );
  });
});
