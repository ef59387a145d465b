import { describe, expect, it } from 'vitest';
import { validerSituation } from '../../src/engine/saisie.ts';

const base = { structure: 'liberal', dateSignature: '2025-02-01' };
const erreurs = (entree: unknown) => {
  const v = validerSituation(entree);
  if (v.ok) throw new Error('entrée acceptée à tort');
  return v.erreurs;
};

describe('validation de la situation (cases/README.md, section Validation)', () => {
  it('accepte une situation minimale', () => {
    expect(validerSituation(base).ok).toBe(true);
  });

  it.each([
    ['champ inconnu', { ...base, foo: 1 }, 'foo', /champ inconnu/],
    [
      'champ inconnu imbriqué',
      { ...base, patientele: { mtAdulte: 3 } },
      'patientele.mtAdulte',
      /champ inconnu/,
    ],
    [
      'champ de centre pour un libéral',
      { ...base, etpGeneralistes: 2 },
      'etpGeneralistes',
      /champ inconnu/,
    ],
    ['structure inconnue', { ...base, structure: 'hopital' }, 'structure', /liberal.*centre/],
    [
      'date impossible',
      { ...base, dateSignature: '2024-02-30' },
      'dateSignature',
      /date impossible/,
    ],
    ['date mal écrite', { ...base, dateSignature: '01/02/2025' }, 'dateSignature', /AAAA-MM-JJ/],
    ['date manquante', { structure: 'liberal' }, 'dateSignature', /obligatoire/],
    ['annees décimal', { ...base, annees: 2.5 }, 'annees', /entier/],
    ['annees hors bornes', { ...base, annees: 11 }, 'annees', /inférieur ou égal à 10/],
    ['atteinte négative', { ...base, atteinte: [1, -0.1] }, 'atteinte.1', /supérieur ou égal à 0/],
    ['atteinte trop longue', { ...base, atteinte: Array(11).fill(1) }, 'atteinte', /10 éléments/],
    ['realise non numérique', { ...base, realise: [{ mt: 'dix' }] }, 'realise.0.mt', /nombre/],
    ['objectif négatif', { ...base, objectif: { mt: -1 } }, 'objectif.mt', /supérieur ou égal à 0/],
    [
      'effectif négatif',
      { ...base, patientele: { mtAdultes: -3 } },
      'patientele.mtAdultes',
      /supérieur ou égal à 0/,
    ],
    [
      'effectif décimal',
      { ...base, patientele: { fileActive: 10.5 } },
      'patientele.fileActive',
      /entier/,
    ],
    [
      'chaîne au lieu d’un nombre',
      { ...base, patientele: { mtAdultes: '800' } },
      'patientele.mtAdultes',
      /doit être un nombre/,
    ],
    ['secteur numérique', { ...base, secteur: 1 }, 'secteur', /valeurs possibles/],
    ['option inconnue', { ...base, option: 'triple' }, 'option', /valeurs possibles/],
    ['bande inconnue', { ...base, bande: 'P10' }, 'bande', /valeurs possibles/],
    ['booléen en chaîne', { ...base, optam: 'oui' }, 'optam', /booléen/],
    [
      'part hors 0–1',
      { ...base, partHonorairesCliniques: 1.2 },
      'partHonorairesCliniques',
      /inférieur ou égal à 1/,
    ],
    [
      'régime d’un centre',
      { ...base, regime: 'ancs-avenant3-2020' },
      'regime',
      /ne correspond pas à cette structure/,
    ],
    [
      'régime libéral pour un centre',
      { structure: 'centre', dateSignature: '2021-01-01', regime: 'convention-2024' },
      'regime',
      /ne correspond pas/,
    ],
    [
      'ETP négatif',
      { structure: 'centre', dateSignature: '2021-01-01', etpGeneralistes: -1 },
      'etpGeneralistes',
      /supérieur ou égal à 0/,
    ],
    [
      'ETP d’assistant nul',
      { structure: 'centre', dateSignature: '2021-01-01', assistants: [{ anneeDebut: 1, etp: 0 }] },
      'assistants.0.etp',
      /strictement supérieur à 0/,
    ],
    [
      'année de début hors 1–10',
      {
        structure: 'centre',
        dateSignature: '2021-01-01',
        assistants: [{ anneeDebut: 11, etp: 1 }],
      },
      'assistants.0.anneeDebut',
      /inférieur ou égal à 10/,
    ],
    [
      'mtEnfants pour un centre',
      { structure: 'centre', dateSignature: '2021-01-01', patientele: { mtEnfants: 3 } },
      'patientele.mtEnfants',
      /champ inconnu/,
    ],
  ])('%s → message français qui nomme %s', (_cas, entree, champ, motif) => {
    const e = erreurs(entree);
    const trouvee = e.find((x) => x.champ === champ);
    expect(trouvee, JSON.stringify(e)).toBeDefined();
    expect(trouvee!.message.startsWith(`${champ} : `)).toBe(true);
    expect(trouvee!.message).toMatch(motif);
  });

  it.each([null, 3, 'texte', [], undefined])(
    'une entrée qui n’est pas un objet (%j) est refusée',
    (entree) => {
      expect(erreurs(entree)[0]!.champ).toBe('situation');
    },
  );

  it('NaN et Infinity sont refusés', () => {
    expect(erreurs({ ...base, atteinte: [Number.NaN] })[0]!.champ).toBe('atteinte.0');
    expect(erreurs({ ...base, annees: Number.POSITIVE_INFINITY })[0]!.champ).toBe('annees');
  });

  it('realise accepte une baisse (nombre négatif) ; « autre » est une spécialité valide', () => {
    expect(validerSituation({ ...base, realise: [{ mt: -10 }], specialite: 'autre' }).ok).toBe(
      true,
    );
  });

  it.each([
    ['radiolgie', ['radiologie']],
    ['Radiologie', ['radiologie']],
    ['generaliste', ['medecine-generale']],
    ['médecine générale', ['medecine-generale']],
    ['cardio', ['cardiologie']],
  ])(
    'spécialité hors catalogue « %s » : invalide, suggère %j (§8.1 révisé)',
    (specialite, proches) => {
      const e = erreurs({ ...base, specialite });
      expect(e.map((x) => x.champ)).toEqual(['specialite']);
      for (const slug of proches) expect(e[0]?.message).toContain(`« ${slug} »`);
      expect(e[0]?.message).toContain('« autre »');
    },
  );

  it('spécialité sans rien de proche : invalide, sans suggestion', () => {
    const e = erreurs({ ...base, specialite: 'acupuncture' });
    expect(e[0]?.message).toMatch(/^specialite : spécialité inconnue « acupuncture » \(/);
  });

  it.each([
    ['Dr Hélène Müller', true],
    ['', false],
    ['x'.repeat(100), true],
    ['x'.repeat(101), false],
    [12, false],
  ])('reference %j : valide = %s', (reference, ok) => {
    expect(validerSituation({ ...base, reference }).ok).toBe(ok);
  });

  it('chaque champ fautif est signalé, pas seulement le premier', () => {
    expect(
      erreurs({ ...base, annees: 0, secteur: 3, foo: 1 })
        .map((e) => e.champ)
        .sort(),
    ).toEqual(['annees', 'foo', 'secteur']);
  });

  it('9999-12-31 : hors de la plage acceptée, et le message dit laquelle', () => {
    expect(erreurs({ ...base, dateSignature: '9999-12-31' })[0]?.message).toBe(
      'dateSignature : date hors de la plage acceptée « 9999-12-31 » : entre le 1900-01-01 et le 2199-12-31',
    );
  });
});
