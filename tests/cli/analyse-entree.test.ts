/** Input reading without a process: JSON error location and CSV cell typing. */
import { describe, expect, it } from 'vitest';
import { lireEntrees } from '../../src/cli/parse-input.ts';

const erreur = (texte: string, nom = 'f.json'): string => {
  try {
    lireEntrees(texte, nom);
  } catch (e) {
    return (e as Error).message;
  }
  return 'aucune erreur';
};

describe('JSON mal formé : ligne, colonne et raison', () => {
  it.each([
    ['{"a":}', 'ligne 1, colonne 6 : caractère « } » inattendu (attendu : une valeur)'],
    ['[1,2,]', 'ligne 1, colonne 6 : virgule en trop avant « ] »'],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      'ligne 3, colonne 3 : caractère « " » inattendu (attendu : « , » ou « } »)',
    ],
    ['{"a": 1', 'ligne 1, colonne 8 : fin du fichier inattendue (attendu : « , » ou « } »)'],
    [
      "{'a': 1}",
      "ligne 1, colonne 2 : caractère « ' » inattendu (attendu : un nom de champ entre guillemets doubles)",
    ],
    ['{"a": tru}', 'ligne 1, colonne 7 : caractère « t » inattendu (attendu : une valeur)'],
    ['{"a": 1}}', 'ligne 1, colonne 9 : caractère « } » inattendu après la fin du JSON'],
    ['{"a": "x', 'ligne 1, colonne 7 : guillemet fermant manquant'],
  ])('%s', (texte, message) => {
    expect(erreur(texte)).toBe(`f.json : JSON mal formé, ${message}`);
  });
});

describe('cellules CSV typées selon le schéma', () => {
  const lire = (entete: string, ligne: string) =>
    lireEntrees(`${entete}\n${ligne}\n`, 'f.csv').valeurs[0];

  it.each([
    ['annees', '6', { annees: 6 }],
    ['partHonorairesCliniques', '"0,7"', { partHonorairesCliniques: 0.7 }],
    ['secteur', '1', { secteur: '1' }],
    ['optam', 'Oui', { optam: true }],
    ['zoneSousDense', 'false', { zoneSousDense: false }],
    ['atteinte', '1; 0.6 ;0', { atteinte: [1, 0.6, 0] }],
    ['patientele.mtAdultes', '800', { patientele: { mtAdultes: 800 } }],
    ['realise.1.mt', '20', { realise: [undefined, { mt: 20 }] }],
    ['assistants.etp', '1.5;1', { assistants: [{ etp: 1.5 }, { etp: 1 }] }],
    ['annees', 'cinq', { annees: 'cinq' }],
    ['annees,inconnu', ',x', { inconnu: 'x' }],
    ['annees,option', ',demi', { option: 'demi' }],
  ])('%s = %s', (entete, cellule, attendu) => {
    expect(lire(entete, cellule)).toEqual(attendu);
  });

  it('ligne N : numéro de ligne du fichier', () => {
    const { valeurs, lieu } = lireEntrees('annees\n1\n\n2\n', 'f.csv');
    expect(valeurs.map((_, position) => lieu(position))).toEqual(['ligne 2', 'ligne 4']);
  });
});
