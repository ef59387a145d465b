// @vitest-environment jsdom
/**
 * French input as people type it (issue 10): « 75 % », « 1 200 » (normal or no-break space),
 * « 1,5 », « 0,75 »; errors name the field by its French label, in the field's unit.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PageSimulateur } from '../../src/ui/pages/simulateur/PageSimulateur.tsx';
import { validerSituation } from '../../src/engine/saisie.ts';
import { messageChamp } from '../../src/ui/messages/erreurs-champs.ts';
import { dateHeure, dateLongue, depuisPourcent, lireNombre } from '../../src/ui/format.ts';
import { allerA, normal } from './aide.ts';

const CHIRURGIEN =
  '?v=1&etape=exercice&structure=liberal&dateSignature=2025-02-01&specialite=chirurgie-generale&secteur=1&bande=P50-P70';
const PART = /^Part des honoraires cliniques/;

describe('nombres à la française', () => {
  it.each([
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1\u202f200', 1200],
    ['1,5', 1.5],
    ['0,75', 0.75],
    ['1.5', 1.5],
    [' 12 ', 12],
  ])('« %s » se lit %d', (texte, attendu) => {
    expect(lireNombre(texte)).toBe(attendu);
  });

  it.each([
    ['75', '0.75'],
    ['75 %', '0.75'],
    ['75%', '0.75'],
    ['75\u00a0%', '0.75'],
    ['12,5 %', '0.125'],
    ['150', '1.5'],
    ['', ''],
    ['beaucoup', 'beaucoup'],
  ])('le pourcentage « %s » devient la fraction « %s »', (texte, attendu) => {
    expect(depuisPourcent(texte)).toBe(attendu);
  });
});

describe('messages des champs', () => {
  const erreurPour = (situation: Record<string, unknown>, champ: string) => {
    const r = validerSituation({
      structure: 'liberal',
      dateSignature: '2025-02-01',
      specialite: 'chirurgie-generale',
      secteur: '1',
      ...situation,
    });
    if (r.ok) throw new Error('situation valide');
    const e = r.erreurs.find((x) => x.champ === champ);
    if (!e) throw new Error(`pas d’erreur sur ${champ}`);
    return e;
  };

  it.each([
    [
      { partHonorairesCliniques: 1.5 },
      'partHonorairesCliniques',
      'Part des honoraires cliniques dans vos honoraires des 12 derniers mois (en %) : au plus 100 % (saisi : 150 %)',
    ],
    [
      { partHonorairesCliniques: -0.1 },
      'partHonorairesCliniques',
      'Part des honoraires cliniques dans vos honoraires des 12 derniers mois (en %) : au moins 0 % (saisi : -10 %)',
    ],
    [
      { patientele: { mtAdultes: 12.5 } },
      'patientele.mtAdultes',
      'Patients adultes qui vous ont déclaré médecin traitant : un nombre entier est attendu (saisi : 12,5)',
    ],
    [
      { patientele: { mtAdultes: 'beaucoup' } },
      'patientele.mtAdultes',
      'Patients adultes qui vous ont déclaré médecin traitant : un nombre est attendu, par exemple 1 200 ou 0,5 (saisi : « beaucoup »)',
    ],
    [
      { atteinte: [1, 1, -0.5] },
      'atteinte.2',
      'Atteinte de l’objectif en année 3 (en %) : au moins 0 % (saisi : -50 %)',
    ],
    [
      { dateSignature: '2024-13-45' },
      'dateSignature',
      'Date de signature du contrat avec la CPAM : date impossible ou mal écrite (saisi : « 2024-13-45 »)',
    ],
  ])('%o → %s : message en français avec le libellé', (situation, champ, attendu) => {
    const message = messageChamp(erreurPour(situation, champ), 'liberal');
    expect(normal(message)).toBe(attendu);
    expect(message).not.toContain(champ);
  });

  it('les champs d’un centre prennent leur libellé de centre', () => {
    const r = validerSituation({
      structure: 'centre',
      dateSignature: '2025-02-01',
      etpGeneralistes: -1,
    });
    if (r.ok) throw new Error('situation valide');
    const e = r.erreurs.find((x) => x.champ === 'etpGeneralistes');
    expect(normal(messageChamp(e!, 'centre'))).toMatch(
      /^Médecins généralistes du centre \(en équivalents temps plein\) : au moins 0 \(saisi : -1\)$/,
    );
  });
});

describe('saisie dans l’assistant', () => {
  it('150 % est refusé avec le libellé du champ ; « 75 % » est accepté', async () => {
    allerA(CHIRURGIEN);
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const champ = screen.getByRole('textbox', { name: PART });
    await user.type(champ, '150');
    expect(champ).toHaveAttribute('aria-invalid', 'true');
    expect(normal(champ.getAttribute('aria-describedby') ? descriptionDe(champ) : '')).toContain(
      'Part des honoraires cliniques dans vos honoraires des 12 derniers mois (en %) : au plus 100 % (saisi : 150 %)',
    );
    const resume = screen.getByRole('alert');
    expect(normal(resume.textContent)).not.toContain('partHonorairesCliniques');
    expect(within(resume).getByRole('link', { name: /au plus 100\s%/ })).toBeInTheDocument();
    await user.clear(champ);
    await user.type(champ, '75 %');
    expect(champ).not.toHaveAttribute('aria-invalid');
    expect(new URLSearchParams(window.location.search).get('partHonorairesCliniques')).toBe('0.75');
  });

  it.each(['1 200', '1\u00a0200', '1200'])(
    'la patientèle « %s » est acceptée et vaut 1 200',
    async (saisie) => {
      allerA(
        '?v=1&etape=patientele&structure=liberal&dateSignature=2025-02-01&specialite=medecine-generale&secteur=1',
      );
      const user = userEvent.setup();
      render(<PageSimulateur />);
      const champ = screen.getByRole('textbox', {
        name: 'Patients adultes qui vous ont déclaré médecin traitant',
      });
      await user.type(champ, saisie);
      expect(champ).not.toHaveAttribute('aria-invalid');
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('un centre saisit « 1,5 » et « 0,75 » ETP de médecins', async () => {
    allerA('?v=1&etape=centre-medecins&structure=centre&dateSignature=2025-02-01');
    const user = userEvent.setup();
    render(<PageSimulateur />);
    const mg = screen.getByRole('textbox', { name: /^Médecins généralistes du centre/ });
    const sp = screen.getByRole('textbox', { name: /^Médecins spécialistes du centre/ });
    await user.type(mg, '1,5');
    await user.type(sp, '0,75');
    expect(mg).not.toHaveAttribute('aria-invalid');
    expect(sp).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

function descriptionDe(champ: HTMLElement): string {
  return (champ.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('dates en toutes lettres', () => {
  it.each([
    ['2024-05-01', '1er mai 2024'],
    ['2024-06-22', '22 juin 2024'],
    ['2024-06-11', '11 juin 2024'],
    ['2019-09-01', '1er septembre 2019'],
  ])('%s → %s', (iso, attendu) => {
    expect(normal(dateLongue(iso))).toBe(attendu);
  });

  it('le jour 1 s’écrit « 1er » aussi avec l’heure', () => {
    expect(normal(dateHeure(new Date(2026, 4, 1, 9, 30)))).toMatch(/^1er mai 2026 (à )?09:30$/);
  });
});
