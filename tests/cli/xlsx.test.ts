/**
 * The advisor's spreadsheets through the real command line: an .xlsx with French headers and
 * labels, the same table as a French-Excel CSV (;, Windows-1252, decimal comma) and the golden
 * cases give the same verdicts and amounts; `--format xlsx` and `--format csv-fr` keep the
 * reference and the input columns, and read back to the same results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, DELAI_PROCESSUS_MS, DOSSIER_CAS, fichiersTemporaires, RACINE } from './lancer-cli.ts';
import { spawn } from 'node:child_process';

/** The CLI with its stdout as bytes (an xlsx is binary). */
function lancerOctets(
  args: readonly string[],
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resoudre, rejeter) => {
    const enfant = spawn(CLI[0] as string, [...CLI.slice(1), ...args], { cwd: RACINE });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    enfant.stdout.on('data', (d: Buffer) => stdout.push(d));
    enfant.stderr.on('data', (d: Buffer) => stderr.push(d));
    enfant.on('error', rejeter);
    enfant.on('close', (code) =>
      resoudre({
        code,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    enfant.stdin.end();
  });
}

type Cellule = string | number | Date | null;

const ENTETE = [
  'Nom',
  'Structure',
  'Date de signature',
  'Spécialité',
  'Secteur',
  'Option',
  'Bande',
  'Atteinte',
  'Exercice regroupé',
  'Exercice coordonné',
  'Nombre d’années',
  'ETP généralistes',
  'ETP spécialistes',
  'Patientèle MT adultes',
  'File active',
  'assistants.anneeDebut',
  'assistants.etp',
  'realise.mt',
  'realise.fileActive',
];
/** Golden cases lib-2024-plein-75-pourcent, cds-exemple-1, lib-avenant7-demi-p90-p95, in French. */
const LIGNES: Cellule[][] = [
  [
    'Dr Martin',
    'libéral',
    new Date(Date.UTC(2025, 1, 1)),
    'Médecine générale',
    'secteur 1',
    'plein temps',
    'P30-P50',
    '1;1;0,8;1;1',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    'N° 42',
    'Centre de santé',
    '04/01/2021',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    6,
    2,
    5600,
    16000,
    1,
    2,
    '100;200;270;420;420',
    '400;550;700;1200;1200',
  ],
  [
    '=HYPERLINK("x")',
    'Libéral',
    '15/01/2020',
    'médecine générale',
    1,
    '½ ETP',
    'P90-P95',
    null,
    'oui',
    'oui',
    6,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
];
const CAS = ['lib-2024-plein-75-pourcent', 'cds-exemple-1', 'lib-avenant7-demi-p90-p95'];
const ATTENDU = [
  { statut: 'eligible', montants: [38000, 28000, 22000, 22000, 22000] },
  { statut: 'eligible', montants: [72000, 54000, 31500, 42000, 42000] },
  { statut: 'eligible', montants: [18000, 13500, 12500, 12500, 12500, 13000] },
];

async function xlsx(lignes: Cellule[][]): Promise<Uint8Array> {
  const donnees = lignes.map((l) =>
    l.map((c) => (c instanceof Date ? { value: c, type: Date, format: 'dd/mm/yyyy' } : c)),
  );
  const blob = await writeExcelFile(donnees as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** French Excel's « CSV (séparateur : point-virgule) »: Windows-1252, CRLF, dates as JJ/MM/AAAA. */
function csvFrancais(lignes: Cellule[][]): Uint8Array {
  const texte = lignes
    .map((l) =>
      l
        .map((c) => {
          const t =
            c instanceof Date
              ? c.toISOString().slice(0, 10).split('-').reverse().join('/')
              : c === null
                ? ''
                : typeof c === 'number'
                  ? String(c).replace('.', ',')
                  : c;
          return /[;"]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
        })
        .join(';'),
    )
    .join('\r\n');
  return Buffer.from(texte + '\r\n', 'latin1');
}

interface ResultatJson {
  index: number;
  reference?: string;
  eligibilite: { statut: string };
  annees: { montant: number }[];
}
const resume = (sortie: string) =>
  (JSON.parse(sortie) as ResultatJson[]).map((r) => ({
    statut: r.eligibilite.statut,
    montants: r.annees.map((a) => a.montant),
  }));

let fichiers: Record<string, string>;

beforeAll(async () => {
  const cas = CAS.map(
    (id) => JSON.parse(readFileSync(path.join(DOSSIER_CAS, `${id}.json`), 'utf8')) as unknown,
  );
  fichiers = fichiersTemporaires({
    'medecins.xlsx': await xlsx([ENTETE, ...LIGNES]),
    // No extension: recognised by its zip bytes.
    'medecins-sans-extension': await xlsx([ENTETE, ...LIGNES]),
    'medecins.csv': csvFrancais([ENTETE, ...LIGNES]),
    'cas.json': JSON.stringify(cas),
    'abime.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
    'inconnu.xlsx': await xlsx([
      ['couleur', 'taille'],
      ['bleu', 3],
    ]),
  });
}, DELAI_PROCESSUS_MS);

describe('classeur Excel et CSV français en entrée', () => {
  it(
    'le .xlsx en français, le CSV d’Excel et les cas de référence donnent les mêmes verdicts et montants',
    async () => {
      const [x, sansExtension, c, j] = await Promise.all([
        lancerOctets([fichiers['medecins.xlsx'] as string]),
        lancerOctets([fichiers['medecins-sans-extension'] as string]),
        lancerOctets([fichiers['medecins.csv'] as string]),
        lancerOctets([fichiers['cas.json'] as string]),
      ]);
      for (const r of [x, sansExtension, c, j]) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      expect(resume(x.stdout.toString())).toEqual(ATTENDU);
      expect(resume(sansExtension.stdout.toString())).toEqual(ATTENDU);
      expect(resume(c.stdout.toString())).toEqual(ATTENDU);
      expect(resume(j.stdout.toString())).toEqual(ATTENDU);
      const references = (JSON.parse(x.stdout.toString()) as ResultatJson[]).map(
        (r) => r.reference,
      );
      expect(references).toEqual(['Dr Martin', 'N° 42', '=HYPERLINK("x")']);
    },
    DELAI_PROCESSUS_MS,
  );

  it(
    'un classeur illisible ou sans champ connu est refusé en français, code 2',
    async () => {
      const [abime, inconnu] = await Promise.all([
        lancerOctets([fichiers['abime.xlsx'] as string]),
        lancerOctets([fichiers['inconnu.xlsx'] as string]),
      ]);
      expect(abime.code).toBe(2);
      expect(abime.stderr).toBe(
        `erreur : ${fichiers['abime.xlsx']} : fichier Excel illisible (archive endommagée, ou pas un classeur .xlsx) : attendu un classeur .xlsx (Excel, LibreOffice) dont la première feuille a une ligne d’en-tête avec les noms des champs ; les anciens .xls et les .ods sont à enregistrer au format .xlsx ou CSV\n`,
      );
      expect(inconnu.code).toBe(2);
      expect(inconnu.stderr).toContain('en-tête non reconnu dans la première feuille du classeur');
      expect(inconnu.stderr).toContain('« couleur | taille »');
    },
    DELAI_PROCESSUS_MS,
  );
});

describe('--format xlsx et --format csv-fr', () => {
  it(
    'le classeur des résultats garde la référence et les colonnes d’entrée, et se relit aux mêmes résultats',
    async () => {
      const sortie = await lancerOctets([fichiers['medecins.csv'] as string, '--format', 'xlsx']);
      expect(sortie.code).toBe(0);
      expect([...sortie.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const feuille = await readSheet(new Uint8Array(sortie.stdout).buffer);
      const [entete, premiere, , troisieme] = feuille;
      expect(entete?.slice(0, 4)).toEqual(['Ligne', 'reference', 'structure', 'dateSignature']);
      expect(entete).toContain('Verdict');
      expect(entete).toContain('Raisons');
      expect(entete).toContain('Total (€)');
      expect(entete).toContain('Année 6 (€)');
      const colonne = (nom: string) => entete?.indexOf(nom) ?? -1;
      expect(premiere?.[colonne('reference')]).toBe('Dr Martin');
      expect(premiere?.[colonne('specialite')]).toBe('medecine-generale');
      expect(premiere?.[colonne('Verdict')]).toBe('Éligible');
      expect(premiere?.[colonne('Option retenue')]).toBe('plein');
      expect(premiere?.[colonne('Année 1 (€)')]).toBe(38000);
      expect(premiere?.[colonne('Total (€)')]).toBe(132000);
      // A would-be formula is a text cell, neutralised like in our CSV files.
      expect(troisieme?.[colonne('reference')]).toBe('\'=HYPERLINK("x")');
      const relu = fichiersTemporaires({ 'resultats.xlsx': new Uint8Array(sortie.stdout) });
      const relecture = await lancerOctets([relu['resultats.xlsx'] as string]);
      expect(relecture.stderr).toBe('');
      expect(resume(relecture.stdout.toString())).toEqual(ATTENDU);
    },
    DELAI_PROCESSUS_MS,
  );

  it(
    'le CSV français : BOM, « ; », virgule décimale, lignes invalides avec leurs messages, relu aux mêmes résultats',
    async () => {
      const sortie = await lancerOctets([
        fichiers['medecins.xlsx'] as string,
        '--format',
        'csv-fr',
      ]);
      expect(sortie.code).toBe(0);
      const texte = sortie.stdout.toString('utf8');
      expect(texte.startsWith('\uFEFFLigne;reference;structure;dateSignature;')).toBe(true);
      const lignes = texte.split('\r\n');
      expect(lignes[1]).toMatch(/^1;Dr Martin;liberal;2025-02-01;/);
      expect(lignes[1]).toMatch(/;Éligible;eligible;/);
      expect(lignes[1]).toMatch(/;38000;28000;22000;22000;22000;;132000$/);
      expect(lignes[3]).toMatch(/^3;"'=HYPERLINK\(""x""\)";liberal;2020-01-15;/);
      const relu = fichiersTemporaires({ 'resultats.csv': sortie.stdout });
      const relecture = await lancerOctets([relu['resultats.csv'] as string]);
      expect(relecture.stderr).toBe('');
      expect(resume(relecture.stdout.toString())).toEqual(ATTENDU);

      const invalide = fichiersTemporaires({
        'invalide.csv':
          'reference;structure;dateSignature;partHonorairesCliniques\nA;centre;2024-13-01;\nB;liberal;2024-06-01;0.25\n',
      });
      const avecErreur = await lancerOctets([
        invalide['invalide.csv'] as string,
        '--format=csv-fr',
      ]);
      expect(avecErreur.code).toBe(2);
      const rangs = avecErreur.stdout.toString('utf8').split('\r\n');
      expect(rangs[0]).toContain('partHonorairesCliniques');
      expect(rangs[1]).toMatch(
        /^1;A;centre;2024-13-01;;Ligne invalide;invalide;"?dateSignature : date impossible/,
      );
      expect(rangs[2]).toMatch(/^2;B;liberal;2024-06-01;0,25;/);
    },
    DELAI_PROCESSUS_MS,
  );

  it(
    'csv-fr et xlsx ne se combinent pas avec --calendrier ; format inconnu nommé',
    async () => {
      const [calendrier, inconnu] = await Promise.all([
        lancerOctets([fichiers['cas.json'] as string, '--format', 'xlsx', '--calendrier']),
        lancerOctets([fichiers['cas.json'] as string, '--format', 'ods']),
      ]);
      expect(calendrier.code).toBe(2);
      expect(calendrier.stderr).toContain('--format xlsx donne le tableau des résultats');
      expect(inconnu.code).toBe(2);
      expect(inconnu.stderr).toContain(
        'format de sortie inconnu « ods » : json, csv, csv-fr ou xlsx attendu',
      );
    },
    DELAI_PROCESSUS_MS,
  );
});
