/**
 * User errors: invalid situations are reported one French line each on stderr (exit 2) while the
 * valid ones are still computed; malformed or unreadable input stops with one located line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fichiersTemporaires,
  lancer,
  lignes,
  type Execution,
  DELAI_PROCESSUS_MS,
} from './lancer-cli.ts';

const VALIDE = {
  structure: 'liberal',
  dateSignature: '2025-02-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'plein',
  bande: 'P30-P50',
};

const JSON_MAL_FORME =
  '{\n  "structure": "liberal",\n  "dateSignature": "2025-02-01",,\n  "option": "plein"\n}\n';

const CSV_AVEC_ERREURS = [
  'structure,dateSignature,specialite,secteur,option,bande,patientele.mtAdultes',
  'liberal,2025-02-01,medecine-generale,1,plein,P30-P50,',
  'liberal,2025-02-01,medecine-generale,1,plein,,-3',
  '',
  'liberal,2024-02-30,medecine-generale,1,plein,P30-P50,',
  'liberal,2025-02-01,medecine-generale,1,plein,,beaucoup',
].join('\n');

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const f = fichiersTemporaires({
    'lot.json': JSON.stringify([
      VALIDE,
      { ...VALIDE, dateSignature: '2024-02-30' },
      { ...VALIDE, specialty: 'pediatrie' },
      { ...VALIDE, patientele: { mtAdultes: -5 } },
      { ...VALIDE, annees: 'cinq' },
      VALIDE,
    ]),
    'lot.csv': CSV_AVEC_ERREURS,
    'mal-forme.json': JSON_MAL_FORME,
    'vide.json': '',
    'mal-forme.csv': 'structure,dateSignature\nliberal,2025-02-01\nliberal,"2025-02-01\n',
  });
  const un = (situation: object) => lancer(['-'], JSON.stringify(situation));
  const appels: Record<string, Promise<Execution>> = {
    lotJson: lancer([f['lot.json'] as string]),
    lotCsv: lancer([f['lot.csv'] as string, '--format', 'csv']),
    malForme: lancer([f['mal-forme.json'] as string]),
    champInconnu: un({ ...VALIDE, specialty: 'pediatrie' }),
    dateImpossible: un({ ...VALIDE, dateSignature: '2024-02-30' }),
    effectifNegatif: un({ ...VALIDE, patientele: { mtAdultes: -5 } }),
    texteAuLieuDeNombre: un({ ...VALIDE, patientele: { mtAdultes: '800' } }),
    vide: lancer([f['vide.json'] as string]),
    stdinVide: lancer(['-'], '  \n'),
    introuvable: lancer(['/nulle/part/situations.json']),
    csvMalForme: lancer([f['mal-forme.csv'] as string]),
    optionInconnue: lancer(['--sortie', 'x.json']),
  };
  await Promise.all(Object.entries(appels).map(async ([nom, p]) => (run[nom] = await p)));
}, DELAI_PROCESSUS_MS);

const sansPileDAppels = (e: Execution) => {
  expect(e.stderr).not.toContain('    at ');
  expect(e.stdout).not.toContain('    at ');
};

describe('situations invalides dans un lot : signalées une par ligne, les autres calculées', () => {
  it('liste JSON : « élément N : champ : … » pour chacune, code 2, résultats des valides', () => {
    const e = run.lotJson as Execution;
    expect(e.code).toBe(2);
    sansPileDAppels(e);
    expect(lignes(e.stderr)).toEqual([
      expect.stringMatching(/^élément 2 : dateSignature : date impossible/),
      expect.stringMatching(/^élément 3 : specialty : champ inconnu/),
      expect.stringMatching(/^élément 4 : patientele\.mtAdultes : doit être supérieur ou égal à 0/),
      expect.stringMatching(/^élément 5 : annees : doit être un nombre/),
    ]);
    const sorties = JSON.parse(e.stdout) as { index: number }[];
    expect(sorties.map((s) => s.index)).toEqual([1, 6]);
  });

  it('CSV : « ligne N » donne le numéro de ligne du fichier (lignes vides comprises)', () => {
    const e = run.lotCsv as Execution;
    expect(e.code).toBe(2);
    sansPileDAppels(e);
    expect(lignes(e.stderr)).toEqual([
      expect.stringMatching(
        /^ligne 3 : patientele\.mtAdultes : doit être supérieur ou égal à 0 \(reçu : -3\)$/,
      ),
      expect.stringMatching(/^ligne 5 : dateSignature : /),
      expect.stringMatching(
        /^ligne 6 : patientele\.mtAdultes : doit être un nombre \(reçu : « beaucoup »\)$/,
      ),
    ]);
    const [entete, ...resultats] = lignes(e.stdout);
    expect(entete).toMatch(/^index,reference,statut,/);
    expect(resultats.map((l) => l.split(',')[0])).toEqual(['1']);
  });
});

describe('une seule ligne en français, code 2, sans pile d’appels', () => {
  it.each([
    [
      'JSON mal formé',
      'malForme',
      /JSON mal formé, ligne 3, colonne 33 : caractère « , » inattendu/,
    ],
    ['champ inconnu', 'champInconnu', /^situation : specialty : champ inconnu/],
    ['date impossible 2024-02-30', 'dateImpossible', /^situation : dateSignature : .*2024-02-30/],
    [
      'effectif négatif',
      'effectifNegatif',
      /^situation : patientele\.mtAdultes : doit être supérieur ou égal à 0/,
    ],
    [
      'texte au lieu d’un nombre',
      'texteAuLieuDeNombre',
      /^situation : patientele\.mtAdultes : doit être un nombre/,
    ],
    ['fichier vide', 'vide', /vide\.json : fichier vide/],
    ['entrée standard vide', 'stdinVide', /entrée standard : fichier vide/],
    [
      'fichier introuvable',
      'introuvable',
      /impossible de lire « \/nulle\/part\/situations\.json » : fichier introuvable/,
    ],
    ['CSV mal formé', 'csvMalForme', /CSV mal formé, ligne 3.* : guillemet ouvert jamais refermé/],
    ['option inconnue', 'optionInconnue', /option inconnue « --sortie »/],
  ])('%s', (_titre, nom, motif) => {
    const e = run[nom] as Execution;
    expect(e.code).toBe(2);
    sansPileDAppels(e);
    expect(lignes(e.stderr)).toEqual([expect.stringMatching(motif)]);
  });
});
