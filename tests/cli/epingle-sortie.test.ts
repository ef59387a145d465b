/**
 * Pins the command line's output byte for byte on a large varied input, before the performance
 * work (issue 13) and the one-source refactor (issue 14): both must leave every byte unchanged.
 * The input is 2 000 generated situations (seeded, liberal and centre), a few collective contracts
 * and invalid rows, all written here (the golden cases may grow: they are not part of the pin). Only the SHA-256 and length of each output are
 * kept here: on a mismatch, compare the output with the one of the commit that pinned it.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { enCsv, genererSituations } from '../../scripts/generer-situations.ts';
import { DELAI_PROCESSUS_MS, lancer, type Execution } from './lancer-cli.ts';

const COLLECTIFS = [
  {
    structure: 'collectif',
    dateSignature: '2026-12-01',
    formeJuridique: 'scm',
    medecinsAdherents: 4,
    tousGeneralistesHorsMepSecteur1OuOptam: true,
    patientele: { mt: 4400, fileActive: 7000 },
    etp: 5,
    maitresDeStage: 2,
    atteinte: [1, 1, 0.8, 1, 0.5],
  },
  {
    structure: 'collectif',
    dateSignature: '2026-03-01',
    formeJuridique: 'sisa',
    medecinsAdherents: 3,
    patientele: { mt: 2000 },
    etp: 1.5,
    reference: 'Maison de santé',
  },
  {
    structure: 'collectif',
    dateSignature: '2026-06-01',
    formeJuridique: 'sel',
    medecinsAdherents: 2,
  },
];

const INVALIDES = [
  { structure: 'liberal', dateSignature: '2025-02-01', specialite: 'radiolgie' },
  { structure: 'centre', dateSignature: '2024-13-01' },
  { structure: 'liberal', dateSignature: '2025-02-01', option: 'triple', reference: '=1+1' },
];

function entree(): string {
  return JSON.stringify([...genererSituations(2_000, 7), ...COLLECTIFS, ...INVALIDES]);
}

const empreinte = (e: Execution) => ({
  code: e.code,
  octets: Buffer.byteLength(e.stdout, 'utf8'),
  sha256: createHash('sha256').update(e.stdout, 'utf8').digest('hex'),
  erreurs: createHash('sha256').update(e.stderr, 'utf8').digest('hex'),
});

const FORMATS: Record<string, readonly string[]> = {
  json: [],
  csv: ['--format', 'csv'],
  'csv-fr': ['--format', 'csv-fr'],
  explications: ['--explications', '--indente'],
  calendrier: ['--calendrier'],
};

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const texte = entree();
  for (const [nom, args] of Object.entries(FORMATS)) run[nom] = await lancer(['-', ...args], texte);
  run['entree csv'] = await lancer(['-', '--format', 'csv'], enCsv(genererSituations(2_000, 7)));
}, DELAI_PROCESSUS_MS * 3);

describe('sortie de la ligne de commande épinglée (2 000 situations, contrats collectifs, lignes invalides)', () => {
  it.each([
    [
      'json',
      2,
      3594484,
      '68bfb504a4fb98fd40d387e6d8e20dfb8969178bea9737ee1f19f3c4e5d9402e',
      'd010b96bcb9cc6779e8fea62a7c631e4982205c6680c3c30bf19645a2767f217',
    ],
    [
      'csv',
      2,
      248256,
      'bf9d3e45ef07005a11b040849be4b6abaf3fa5cb5d6f9f88dbfe02f1e5277e25',
      'd010b96bcb9cc6779e8fea62a7c631e4982205c6680c3c30bf19645a2767f217',
    ],
    [
      'csv-fr',
      2,
      1029531,
      '1e75b0545d4dba5ed17300eacb110b81605b3dcd56810377a50a6d8a6503bd5d',
      'd010b96bcb9cc6779e8fea62a7c631e4982205c6680c3c30bf19645a2767f217',
    ],
    [
      // Issue 14: the ETP cap's explanation no longer shows a training bonus that cannot apply (the
      // 2026-03-01 contract: bonus 0, ETP under the doctors); the only change (60 lines).
      'explications',
      2,
      21988553,
      '6f998463b5ed87af1effb878d0a567eabf015b18717cef6510c60424d75fccd2',
      'd010b96bcb9cc6779e8fea62a7c631e4982205c6680c3c30bf19645a2767f217',
    ],
    [
      'calendrier',
      2,
      6134177,
      '24fa07581e38b6957b1bc91be186223050ffb9eb2e162174084f592568c0d8d5',
      'd010b96bcb9cc6779e8fea62a7c631e4982205c6680c3c30bf19645a2767f217',
    ],
    [
      'entree csv',
      0,
      247734,
      '8fe58cbe0e2e843797aa43a44b11fa05ee55d9fb5758598e14faabfdc10e826a',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  ])('%s', (nom, code, octets, sha256, erreurs) => {
    expect(empreinte(run[nom] as Execution)).toEqual({ code, octets, sha256, erreurs });
  });
});
