/** Input formats (JSON object or array, CSV, stdin) and output formats of the command line. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  centimes,
  fichiersTemporaires,
  lancer,
  lignes,
  type Execution,
  DELAI_PROCESSUS_MS,
} from './lancer-cli.ts';

interface Sortie {
  index: number;
  eligibilite: { statut: string };
  objectif: { mt: number | null; fileActive: number | null; explications?: unknown };
  annees: { montant: number | null; explication?: unknown }[];
}

const montants = (s: Sortie | undefined) => s?.annees.map((a) => centimes(a.montant));

// seeds/003 (FNCS) exemple 2: 54 000, 76 500, 76 500, 66 000, 63 000 €.
const CDS_2 = {
  structure: 'centre',
  dateSignature: '2021-01-04',
  etpGeneralistes: 6,
  etpSpecialistes: 0,
  patientele: { mtAdultes: 6900, fileActive: 10800 },
  assistants: [
    { anneeDebut: 1, etp: 1.5 },
    { anneeDebut: 2, etp: 1 },
    { anneeDebut: 3, etp: 0.5 },
  ],
  realise: [
    { mt: 120, fileActive: 200 },
    { mt: 180, fileActive: 300 },
    { mt: 240, fileActive: 350 },
    { mt: 200, fileActive: 500 },
    { mt: 360, fileActive: 680 },
  ],
};
const EUROS_CDS_2 = [5400000, 7650000, 7650000, 6600000, 6300000];

// Convention 2024, full time, P30-P50, achievement 60 % in year 3 and 90 % in year 4.
const DEGRESSIVITE = {
  structure: 'liberal',
  dateSignature: '2025-02-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'plein',
  bande: 'P30-P50',
  atteinte: [1, 1, 0.6, 0.9, 1],
};
const EUROS_DEGRESSIVITE = [3800000, 2800000, 1320000, 1980000, 2200000];

// Avenant 7, half time, P90-P95, 6 years.
const AVENANT7_6_ANS = {
  structure: 'liberal',
  dateSignature: '2020-01-15',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'demi',
  bande: 'P90-P95',
  exerciceRegroupe: true,
  exerciceCoordonne: true,
  annees: 6,
};

/** Dotted columns, `;` lists, indexed object columns (assistants) and `;` object columns (realise). */
const CSV_MIXTE = [
  'structure,dateSignature,etpGeneralistes,etpSpecialistes,patientele.mtAdultes,patientele.fileActive,' +
    'assistants.0.anneeDebut,assistants.0.etp,assistants.1.anneeDebut,assistants.1.etp,' +
    'assistants.2.anneeDebut,assistants.2.etp,realise.mt,realise.fileActive,' +
    'specialite,secteur,optam,option,bande,atteinte',
  'centre,2021-01-04,6,0,6900,10800,1,1.5,2,1,3,0.5,120;180;240;200;360,200;300;350;500;680,,,,,,',
  'liberal,2025-02-01,,,,,,,,,,,,,medecine-generale,1,,plein,P30-P50,1;1;0.6;0.9;1',
  '',
  'liberal,2025-03-10,,,,,,,,,,,,,cardiologie,2,oui,plein,>=P95,',
].join('\n');

/** seeds/003 exemple 1 with one column per realised year (realise.0.mt …). */
const CSV_INDEXE = [
  'structure,dateSignature,etpGeneralistes,etpSpecialistes,patientele.mtAdultes,patientele.fileActive,' +
    'assistants.anneeDebut,assistants.etp,' +
    Array.from({ length: 5 }, (_, i) => `realise.${i}.mt,realise.${i}.fileActive`).join(','),
  'centre,2021-01-04,6,2,5600,16000,1,2,100,400,200,550,270,700,420,1200,420,1200',
].join('\r\n');

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const f = fichiersTemporaires({
    'liste.json': JSON.stringify([CDS_2, DEGRESSIVITE]),
    'une.json': JSON.stringify(DEGRESSIVITE),
    'mixte.csv': CSV_MIXTE,
    'indexe.csv': CSV_INDEXE,
    'sans-extension': CSV_MIXTE,
  });
  const appels: Record<string, Promise<Execution>> = {
    liste: lancer([f['liste.json'] as string]),
    une: lancer([f['une.json'] as string]),
    csv: lancer([f['mixte.csv'] as string]),
    indexe: lancer([f['indexe.csv'] as string]),
    sansExtension: lancer([f['sans-extension'] as string, '--indente']),
    stdinJson: lancer(['-', '--explications'], JSON.stringify(CDS_2)),
    stdinCsv: lancer(['-', '--format', 'csv'], CSV_MIXTE),
    sortieCsv: lancer(['--format=csv', '-'], JSON.stringify([AVENANT7_6_ANS, CDS_2])),
    aide: lancer(['--help']),
  };
  await Promise.all(Object.entries(appels).map(async ([nom, p]) => (run[nom] = await p)));
}, DELAI_PROCESSUS_MS);

const json = (nom: string): Sortie[] => {
  const e = run[nom] as Execution;
  expect(e.stderr).toBe('');
  expect(e.code).toBe(0);
  return JSON.parse(e.stdout) as Sortie[];
};

describe('entrée JSON', () => {
  it('une liste de situations donne une liste de résultats, dans l’ordre, indexés à partir de 1', () => {
    const sorties = json('liste');
    expect(sorties.map((s) => s.index)).toEqual([1, 2]);
    expect(montants(sorties[0])).toEqual(EUROS_CDS_2);
    expect(montants(sorties[1])).toEqual(EUROS_DEGRESSIVITE);
  });

  it('une seule situation donne aussi une liste, un résultat par ligne, sans explications', () => {
    const sorties = json('une');
    expect(sorties).toHaveLength(1);
    expect(montants(sorties[0])).toEqual(EUROS_DEGRESSIVITE);
    expect(lignes(run.une?.stdout ?? '')).toHaveLength(3);
    expect(sorties[0]?.annees[0]).not.toHaveProperty('explication');
    expect(sorties[0]?.objectif).not.toHaveProperty('explications');
  });

  it('lit l’entrée standard avec « - » ; --explications garde les arbres d’explication', () => {
    const [sortie] = json('stdinJson');
    expect(montants(sortie)).toEqual(EUROS_CDS_2);
    expect(sortie?.annees[0]?.explication).toMatchObject({ kind: expect.any(String) });
    expect(sortie?.objectif).toHaveProperty('explications');
  });
});

describe('entrée CSV', () => {
  it('lit les champs pointés, les listes « ; », les colonnes d’objets et les booléens oui/non', () => {
    const sorties = json('csv');
    expect(sorties.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(montants(sorties[0])).toEqual(EUROS_CDS_2);
    expect(sorties[0]?.objectif).toMatchObject({ mt: 342, fileActive: 540 });
    expect(montants(sorties[1])).toEqual(EUROS_DEGRESSIVITE);
    expect(sorties[2]?.eligibilite.statut).toBe('eligible');
    expect(montants(sorties[2])).toEqual([3800000, 3800000, 3800000, 3800000, 3800000]);
  });

  it('lit une colonne par objet et par champ (realise.0.mt …), fins de ligne CRLF', () => {
    const [sortie] = json('indexe');
    expect(montants(sortie)).toEqual([7200000, 5400000, 3150000, 4200000, 4200000]);
    expect(sortie?.objectif).toMatchObject({ mt: 420, fileActive: 1200 });
  });

  it('reconnaît le CSV à son contenu quand le nom n’a pas d’extension ; --indente indente', () => {
    const sorties = json('sansExtension');
    expect(montants(sorties[1])).toEqual(EUROS_DEGRESSIVITE);
    expect(run.sansExtension?.stdout).toContain('\n    "index": 1,');
  });
});

describe('sortie CSV (--format csv)', () => {
  const tableau = (nom: string): Record<string, string>[] => {
    const e = run[nom] as Execution;
    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    return parse(e.stdout, { columns: true }) as Record<string, string>[];
  };

  it('une ligne par situation, colonnes fixes puis une colonne par année', () => {
    const t = tableau('stdinCsv');
    expect(Object.keys(t[0] ?? {})).toEqual([
      'index',
      'reference',
      'statut',
      'regime',
      'option',
      'raisons',
      'manquants',
      'objectif.mt',
      'objectif.fileActive',
      'total',
      'annee1',
      'annee2',
      'annee3',
      'annee4',
      'annee5',
    ]);
    expect(t[0]).toMatchObject({
      index: '1',
      statut: 'eligible',
      regime: 'ancs-avenant3-2020',
      'objectif.mt': '342',
    });
    expect([t[0]?.annee1, t[0]?.annee2, t[0]?.annee5, t[0]?.total]).toEqual([
      '54000',
      '76500',
      '63000',
      '336000',
    ]);
    expect([t[1]?.option, t[1]?.annee3, t[1]?.annee4]).toEqual(['plein', '13200', '19800']);
  });

  it('autant de colonnes annéeN que le plus long contrat ; cellule vide au-delà', () => {
    const t = tableau('sortieCsv');
    expect(t[0]).toMatchObject({
      index: '1',
      regime: 'avenant7-2019',
      annee1: '18000',
      annee6: '13000',
    });
    expect(t[1]).toMatchObject({ index: '2', annee5: '63000', annee6: '' });
  });
});

describe('--help', () => {
  it('documente l’usage, les formats et les options, en français', () => {
    const aide = run.aide as Execution;
    expect(aide.code).toBe(0);
    for (const mot of [
      'Usage',
      '--format',
      '--explications',
      '--indente',
      'realise.0.mt',
      'atteinte',
      'input',
    ]) {
      expect(aide.stdout).toContain(mot);
    }
  });
});
