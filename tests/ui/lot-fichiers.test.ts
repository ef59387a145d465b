/**
 * lot.html reads the files the command line reads (shared reader of src/fichiers): French Excel
 * (`;`, decimal comma, BOM or Windows-1252) and UTF-16 give the same rows as the plain CSV; a
 * header aiming at Object.prototype is refused by name; the results export neutralises formulas.
 */
import { describe, expect, it } from 'vitest';
import { versCsv } from '../../src/ui/pages/lot/export-csv.ts';
import { lireCsv, type Entree } from '../../src/ui/pages/lot/lire-csv.ts';
import { traiterEntree } from '../../src/ui/pages/lot/traitement.ts';
import { CSV_EXCEL, CSV_SIMPLE, octets } from '../helpers/fichiers-reels.ts';

function entrees(source: string | Uint8Array, nom = 'lot.csv'): Entree[] {
  const lecture = lireCsv(source, nom);
  if (!lecture.ok) throw new Error(lecture.message);
  return lecture.entrees;
}

describe('lecture des fichiers réels dans lot.html', () => {
  it('le CSV simple, en octets UTF-8 : références, montants des cas de référence', () => {
    const lignes = entrees(octets(CSV_SIMPLE, 'utf8')).map(traiterEntree);
    expect(lignes.map((l) => [l.ligne, l.reference, l.verdict, l.total])).toEqual([
      [2, 'Dr Hélène Müller', 'eligible', 121000],
      [3, 'Dr Jérôme Lefèvre', 'ineligible', 0],
      [4, 'Centre « Les Tilleuls »', 'eligible', 241500],
    ]);
    expect(lignes[0]?.montants).toEqual([38000, 28000, 13200, 19800, 22000]);
    expect(lignes[2]?.montants).toEqual([72000, 54000, 31500, 42000, 42000]);
  });

  it.each([
    ['Excel français avec BOM', octets(`\uFEFF${CSV_EXCEL}`, 'utf8')],
    ['Excel français en Windows-1252', octets(CSV_EXCEL, 'latin1')],
    ['Excel français en UTF-16 LE avec BOM', octets(`\uFEFF${CSV_EXCEL}`, 'utf16le')],
    ['le texte déjà décodé', CSV_EXCEL],
  ])('%s : les mêmes lignes que le CSV simple', (_titre, source) => {
    expect(entrees(source)).toEqual(entrees(CSV_SIMPLE));
  });

  it('un en-tête « __proto__.bande » est refusé en nommant la colonne, sans rien polluer', () => {
    const lecture = lireCsv('structure,__proto__.bande\nliberal,P30-P50\n', 'a.csv');
    expect(lecture).toEqual({
      ok: false,
      message:
        '« a.csv » : en-tête CSV, colonne 2 « __proto__.bande » : nom de champ refusé (« __proto__ » n’est pas un champ de la situation).',
    });
    expect(({} as { bande?: unknown }).bande).toBeUndefined();
  });

  it('un classeur Excel déposé tel quel : le message dit de l’enregistrer en CSV', () => {
    const lecture = lireCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'lot.xlsx.csv');
    expect(lecture.ok ? '' : lecture.message).toMatch(
      /^« lot\.xlsx\.csv » : c’est un classeur \(Excel, LibreOffice\), pas un fichier CSV : l’enregistrer au format « CSV UTF-8 » ou « CSV \(séparateur : point-virgule\) »/,
    );
  });
});

describe('export des résultats de lot.html', () => {
  it('la référence suit la ligne ; formules neutralisées, nombres intacts', () => {
    const texte =
      'reference,structure,dateSignature,specialite,secteur,option,bande\n' +
      '"=HYPERLINK(""http://x"")",liberal,2025-02-01,medecine-generale,1,plein,P30-P50\n' +
      '@SUM(A1),liberal,2025-02-01,medecine-generale,3,plein,P30-P50\n';
    const csv = versCsv(entrees(texte).map(traiterEntree));
    const [entete, premiere, seconde] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(entete).toBe(
      'ligne,reference,structure,statut,verdict,regime,option,raisons,messages,annee1,annee2,annee3,annee4,annee5,total',
    );
    expect(premiere).toMatch(
      /^2,"'=HYPERLINK\(""http:\/\/x""\)",liberal,eligible,Éligible,convention-2024,plein,.*,38000,28000,22000,22000,22000,132000$/,
    );
    expect(seconde).toMatch(/^3,'@SUM\(A1\),liberal,invalide,Ligne invalide,,plein,,"secteur : /);
  });
});
