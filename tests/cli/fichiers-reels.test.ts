/**
 * Issue 9 through the real process: files as spreadsheets write them (French Excel: `;`, decimal
 * comma, BOM or Windows-1252; UTF-16), headers that try to reach Object.prototype, cells that a
 * spreadsheet would run as formulas, and an output that cannot be written (disk full).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  DELAI_PROCESSUS_MS,
  RACINE,
  fichiersTemporaires,
  lancer,
  lignes,
  type Execution,
  GENERALISTE_2026,
} from './lancer-cli.ts';
import { CSV_EXCEL, CSV_SIMPLE, octets } from '../helpers/fichiers-reels.ts';

const SITUATION = GENERALISTE_2026;
const FORMULE = '=HYPERLINK("http://x")';

/** The CLI with its standard output on /dev/full: every write fails with ENOSPC. */
function lancerDisquePlein(args: readonly string[]): Promise<Execution> {
  const sortie = openSync('/dev/full', 'w');
  return new Promise((resoudre, rejeter) => {
    const enfant = spawn(CLI[0] as string, [...CLI.slice(1), ...args], {
      cwd: RACINE,
      stdio: ['ignore', sortie, 'pipe'],
    });
    const stderr: Buffer[] = [];
    enfant.stderr?.on('data', (d: Buffer) => stderr.push(d));
    enfant.on('error', rejeter);
    enfant.on('close', (code) => {
      closeSync(sortie);
      resoudre({ code, stdout: '', stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const f = fichiersTemporaires({
    'simple.csv': CSV_SIMPLE,
    'excel-bom.csv': `\uFEFF${CSV_EXCEL}`,
    'excel-windows-1252.csv': octets(CSV_EXCEL, 'latin1'),
    'utf16le.csv': octets(`\uFEFF${CSV_EXCEL}`, 'utf16le'),
    'proto.csv': `structure,dateSignature,__proto__.bande\nliberal,2025-01-01,P30-P50\nliberal,2025-01-01,\n`,
    'constructor.csv': `structure,constructor.x\nliberal,1\n`,
    'prototype.csv': `structure;a.prototype\nliberal;1\n`,
    'tabulations.csv': octets('structure\tdateSignature\nlibéral\t2025-01-01\n', 'latin1'),
    'classeur.csv': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
  });
  const chemin = (nom: string) => f[nom] as string;
  const json = (situations: object[]) => JSON.stringify(situations);
  const appels: Record<string, Promise<Execution>> = {
    simple: lancer([chemin('simple.csv')]),
    excelBom: lancer([chemin('excel-bom.csv')]),
    excelWindows1252: lancer([chemin('excel-windows-1252.csv')]),
    utf16le: lancer([chemin('utf16le.csv')]),
    simpleCsv: lancer([chemin('simple.csv'), '--format', 'csv']),
    excelCsv: lancer([chemin('excel-windows-1252.csv'), '--format', 'csv']),
    proto: lancer([chemin('proto.csv')]),
    constructor: lancer([chemin('constructor.csv')]),
    prototype: lancer([chemin('prototype.csv')]),
    tabulations: lancer([chemin('tabulations.csv')]),
    classeur: lancer([chemin('classeur.csv')]),
    formule: lancer(['-', '--format', 'csv'], json([{ ...SITUATION, reference: FORMULE }])),
    formuleCout: lancer(
      ['-', '--format', 'csv', '--cout', '--salaire=2000', '--heures=28', '--charges=25'],
      json([{ ...SITUATION, reference: '@SUM(A1:A9)' }]),
    ),
    formuleCalendrier: lancer(
      ['-', '--format', 'csv', '--calendrier'],
      json([
        { ...SITUATION, reference: '+1+1' },
        { ...SITUATION, reference: '-2' },
      ]),
    ),
    disquePlein: lancerDisquePlein([chemin('simple.csv'), '--format', 'csv']),
  };
  await Promise.all(Object.entries(appels).map(async ([nom, p]) => (run[nom] = await p)));
  // Fourteen processes at once: more time than the other files' few.
}, 3 * DELAI_PROCESSUS_MS);

const reussi = (nom: string): Execution => {
  const e = run[nom] as Execution;
  expect(e.stderr).toBe('');
  expect(e.code).toBe(0);
  return e;
};

const tableau = (nom: string) =>
  parse(reussi(nom).stdout, { columns: true }) as Record<string, string>[];

describe('fichiers d’Excel français, Windows-1252 et UTF-16 : les mêmes résultats', () => {
  it('le CSV simple : références accentuées, montants des cas de référence', () => {
    const resultats = JSON.parse(reussi('simple').stdout) as {
      index: number;
      reference: string;
      eligibilite: { statut: string };
      annees: { montant: number }[];
    }[];
    expect(resultats.map((r) => [r.index, r.reference, r.eligibilite.statut])).toEqual([
      [1, 'Dr Hélène Müller', 'eligible'],
      [2, 'Dr Jérôme Lefèvre', 'ineligible'],
      [3, 'Centre « Les Tilleuls »', 'eligible'],
    ]);
    expect(resultats[0]?.annees.map((a) => a.montant)).toEqual([38000, 28000, 13200, 19800, 22000]);
    expect(resultats[2]?.annees.map((a) => a.montant)).toEqual([72000, 54000, 31500, 42000, 42000]);
  });

  it.each([
    ['« ; », virgule décimale, BOM UTF-8, CRLF', 'excelBom'],
    ['le même en Windows-1252, sans BOM', 'excelWindows1252'],
    ['le même en UTF-16 LE avec BOM', 'utf16le'],
  ])('%s : sortie JSON identique octet pour octet', (_titre, nom) => {
    expect(reussi(nom).stdout).toBe(reussi('simple').stdout);
  });

  it('--format csv : identique aussi, la référence juste après l’index', () => {
    expect(reussi('excelCsv').stdout).toBe(reussi('simpleCsv').stdout);
    expect(tableau('simpleCsv').map((r) => [r.index, r.reference, r.total])).toEqual([
      ['1', 'Dr Hélène Müller', '121000'],
      ['2', 'Dr Jérôme Lefèvre', '0'],
      ['3', 'Centre « Les Tilleuls »', '241500'],
    ]);
  });
});

describe('un en-tête qui vise Object.prototype : code 2, la colonne nommée, aucune ligne calculée', () => {
  it.each([
    ['proto', 'colonne 3 « __proto__.bande »', '__proto__'],
    ['constructor', 'colonne 2 « constructor.x »', 'constructor'],
    ['prototype', 'colonne 2 « a.prototype »', 'prototype'],
  ])('%s', (nom, colonne, segment) => {
    const e = run[nom] as Execution;
    expect(e.code).toBe(2);
    expect(e.stdout).toBe('');
    expect(lignes(e.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^erreur : \\S+\\.csv : en-tête CSV, ${colonne} : nom de champ refusé \\(« ${segment} » n’est pas un champ de la situation\\)$`,
        ),
      ),
    ]);
  });
});

describe('un fichier illisible dit ce qui était attendu', () => {
  it('séparé par des tabulations, en Windows-1252 : en-tête non reconnu', () => {
    const e = run.tabulations as Execution;
    expect(e.code).toBe(2);
    expect(lignes(e.stderr)).toEqual([
      expect.stringMatching(
        /^erreur : .*tabulations\.csv : en-tête CSV non reconnu, aucune colonne n’est un champ connu \(première ligne lue en Windows-1252 : « structure\tdateSignature »\) ; attendu : un fichier texte CSV \(UTF-8 de préférence ; UTF-16 et Windows-1252 sont aussi lus\), une première ligne d’en-tête avec les noms des champs \(ex\. structure;dateSignature;specialite\), séparés par « , » ou « ; »$/,
      ),
    ]);
  });

  it('un classeur abîmé (octets d’une archive zip) : illisible, le message dit ce qui est attendu', () => {
    const e = run.classeur as Execution;
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(
      /classeur\.csv : fichier Excel illisible \(archive endommagée, ou pas un classeur \.xlsx\) : attendu un classeur \.xlsx/,
    );
  });
});

describe('formules neutralisées dans chaque sortie CSV, nombres négatifs intacts', () => {
  it("--format csv : « =HYPERLINK(…) » sort « '=HYPERLINK(…) »", () => {
    const [entete, ligne] = lignes(reussi('formule').stdout);
    expect(entete).toMatch(/^index,reference,statut,/);
    expect(ligne).toMatch(/^1,"'=HYPERLINK\(""http:\/\/x""\)",eligible,/);
    expect(tableau('formule')[0]?.reference).toBe(`'${FORMULE}`);
  });

  it('--cout : « @SUM(…) » neutralisé, reste à charge -14000 écrit comme un nombre', () => {
    const rangs = tableau('formuleCout');
    expect(rangs.map((r) => [r.reference, r.annee, r.resteACharge])).toEqual([
      ["'@SUM(A1:A9)", '1', '-14000'],
      ["'@SUM(A1:A9)", '2', '-4000'],
      ["'@SUM(A1:A9)", '3', '2000'],
      ["'@SUM(A1:A9)", '4', '2000'],
      ["'@SUM(A1:A9)", '5', '2000'],
    ]);
    expect(reussi('formuleCout').stdout).toContain(`1,'@SUM(A1:A9),1,`);
  });

  it('--calendrier : « +1+1 » neutralisé, « -2 » (un nombre) laissé tel quel', () => {
    const references = new Set(
      tableau('formuleCalendrier').map((r) => `${r.index} ${r.reference}`),
    );
    expect([...references]).toEqual(["1 '+1+1", '2 -2']);
  });
});

describe('sortie impossible à écrire (disque plein)', () => {
  it('code 2 et un message en français, pas d’« erreur interne »', () => {
    const e = run.disquePlein as Execution;
    expect(e.code).toBe(2);
    expect(lignes(e.stderr)).toEqual([
      'erreur : impossible d’écrire la sortie : disque plein (ENOSPC)',
    ]);
  });
});
