/**
 * A big CSV's rows are typed slice by slice (ouvrirEntrees, csv.ts): the same situations, the same
 * places, the same refusals, word for word, as the whole reading (lireEntrees).
 */
import { describe, expect, it } from 'vitest';
import { enCsv, genererSituations } from '../../scripts/generer-situations.ts';
import { anneesCsv } from '../../src/cli/annees-csv.ts';
import { sourceDe } from '../../src/cli/entree.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { lireEntrees, ouvrirEntrees } from '../../src/cli/parse-input.ts';

const tout = (texte: string, nom = 'lot.csv') => {
  const entrees = ouvrirEntrees(texte, nom);
  const valeurs = [0, 3, 1000].flatMap((_, k, bornes) =>
    entrees.tranche(bornes[k] as number, bornes[k + 1] ?? entrees.nombre),
  );
  return { valeurs, lieux: valeurs.map((_, i) => entrees.lieu(i)) };
};

const message = (lire: () => unknown): string => {
  try {
    lire();
  } catch (erreur) {
    if (erreur instanceof ErreurUtilisateur) return erreur.message;
    throw erreur;
  }
  return 'aucune erreur';
};

describe('entrées CSV lues par tranches', () => {
  it.each([
    ['situations générées', enCsv(genererSituations(1_500, 9))],
    [
      'lignes vides, cellule entre guillemets sur deux lignes, séparateur « ; », CRLF',
      'structure;dateSignature;reference;atteinte\r\nliberal;2025-02-01;"Dr A\r\nB";"1;0,5"\r\n\r\n;;;\r\ncentre;2024-03-01;x;\r\n',
    ],
    ['une seule ligne', 'structure,dateSignature\nliberal,2025-02-01\n'],
  ])('%s : mêmes situations et mêmes lieux', (_nom, texte) => {
    const entier = lireEntrees(texte, 'lot.csv');
    const { valeurs, lieux } = tout(texte);
    expect(valeurs).toEqual(entier.valeurs);
    expect(lieux).toEqual(entier.valeurs.map((_, i) => entier.lieu(i)));
  });

  it.each([
    ['largeur', 'structure,dateSignature\nliberal,2025-02-01\ncentre\n'],
    ['en-tête inconnu', 'couleur,taille\na,b\n'],
    ['en-tête dangereux', '__proto__,structure\na,b\n'],
    ['guillemet', 'structure,dateSignature\n"liberal,2025-02-01\n'],
    ['en-tête seul', 'structure,dateSignature\n'],
    ['vide', ' \n'],
  ])('%s : le même refus, mot pour mot', (_nom, texte) => {
    const attendu = message(() => lireEntrees(texte, 'lot.csv'));
    expect(attendu).not.toBe('aucune erreur');
    expect(message(() => ouvrirEntrees(texte, 'lot.csv'))).toBe(attendu);
  });
});

describe('nombre d’années de la sortie CSV, lu sur la seule colonne « annees »', () => {
  const generees = genererSituations(2_500, 4);
  it.each([
    ['situations générées', enCsv(generees)],
    ['sans colonne annees', enCsv(generees).replace(/^([^\n]*?),annees,/, '$1,autre,')],
    [
      'annees en libellé français, valeurs invalides',
      'structure;dateSignature;Années;specialite;secteur;option;bande\nliberal;2025-02-01;sept;mep;1;demi;P30-P50\nliberal;2025-02-01;7;mep;1;demi;P30-P50\n',
    ],
  ])('%s : comme sur les situations lues en entier', (_nom, texte) => {
    const entier = sourceDe(lireEntrees(texte, 'lot.csv'));
    const tranches = ouvrirEntrees(texte, 'lot.csv');
    expect(tranches.reduites).toBeDefined();
    expect(anneesCsv(tranches)).toBe(anneesCsv(entier));
    const annees = (v: unknown) => (v as { annees?: unknown }).annees;
    expect(tranches.reduites?.(0, 50, 'annees').map(annees)).toEqual(
      entier.tranche(0, 50).map(annees),
    );
  });
});
