/**
 * lot.html with the advisor's spreadsheets (node environment: the xlsx libraries need a real
 * Blob): an .xlsx with French headers and labels simulated like the CSV, and the exports' rows.
 */
import writeExcelFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { versLigneResultat } from '../../src/ui/pages/lot/export-csv.ts';
import { traiterCsv } from '../../src/ui/pages/lot/traitement.ts';
import { csvFrancais } from '../../src/fichiers/resultats.ts';

async function xlsx(lignes: (string | number | null)[][]): Promise<Uint8Array> {
  const blob = await writeExcelFile(lignes).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('lot.html et les classeurs du conseiller', () => {
  it('un .xlsx en français donne les mêmes résultats que le CSV public ; l’export garde la référence', async () => {
    const classeur = await xlsx([
      ['Nom', 'Structure', 'Date de signature', 'Spécialité', 'Secteur', 'Option', 'Bande'],
      [
        'Dr Martin',
        'libéral',
        '01/02/2025',
        'Médecine générale',
        'secteur 1',
        'plein temps',
        'P30-P50',
      ],
    ]);
    const [francais, public_] = await Promise.all([
      traiterCsv(classeur, 'medecins.xlsx'),
      traiterCsv(
        'reference,structure,dateSignature,specialite,secteur,option,bande\nDr Martin,liberal,2025-02-01,medecine-generale,1,plein,P30-P50\n',
        'medecins.csv',
      ),
    ]);
    if (francais.etat !== 'fini' || public_.etat !== 'fini')
      throw new Error(JSON.stringify(francais));
    const [l] = francais.lignes;
    expect(l?.verdict).toBe('eligible');
    expect(l?.montants).toEqual([38000, 28000, 22000, 22000, 22000]);
    expect(l?.reference).toBe('Dr Martin');
    expect(francais.lignes.map((x) => [x.verdict, x.montants, x.total])).toEqual(
      public_.lignes.map((x) => [x.verdict, x.montants, x.total]),
    );
    const csv = csvFrancais(francais.lignes.map(versLigneResultat)).split('\r\n');
    expect(csv[1]).toMatch(
      /^2;Dr Martin;liberal;2025-02-01;medecine-generale;1;plein;P30-P50;Éligible;eligible;/,
    );
    expect(csv[1]).toMatch(/;38000;28000;22000;22000;22000;132000$/);
  });
});
