/**
 * Fuzz of every other boundary: the command line's JSON and CSV readers (in process, and a few
 * hostile files through the real process), the URL decoder, the local-save loader. Never a crash
 * or an unexpected exception; French messages; exit code 2 for the command line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../src/cli/csv.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { lireJson } from '../../src/cli/json.ts';
import { lireDossiers, type Stockage } from '../../src/ui/persistance/stockage.ts';
import { analyser } from '../../src/ui/state/analyse.ts';
import { lireUrl } from '../../src/ui/state/url.ts';
import { IDS_ETAPES } from '../../src/ui/wizard/etapes.ts';
import { lancer } from '../cli/lancer-cli.ts';

const CHAMPS = [
  'structure',
  'dateSignature',
  'specialite',
  'secteur',
  'optam',
  'option',
  'bande',
  'patientele.mtAdultes',
  'patientele.fileActive',
  'atteinte',
  'realise.mt',
  'assistants',
  'annees',
  'objectif.mt',
  'etape',
  'v',
];
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-1',
    '1e308',
    '2024-02-30',
    ';;;',
    '1:0;0:-1',
    '%',
    '%E0%A4%A',
    '__proto__',
    'true',
    '',
  ),
  fc.double().map(String),
);

function seulementErreursUtilisateur(lire: () => unknown): void {
  try {
    lire();
  } catch (e) {
    expect(e).toBeInstanceOf(ErreurUtilisateur);
    expect((e as Error).message).toMatch(/[a-zé]{3,}/);
  }
}

describe('fuzz : lecteurs de la ligne de commande', () => {
  it('JSON aléatoire ou abîmé : lu, ou une erreur française située (ligne, colonne)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
        ),
        (texte) => {
          try {
            lireJson(texte, 'entrée');
          } catch (e) {
            expect(e).toBeInstanceOf(ErreurUtilisateur);
            expect((e as Error).message).toMatch(/JSON mal formé, ligne \d+, colonne \d+/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('CSV aléatoire : lu, ou une erreur française', () => {
    const cellule = fc.oneof(hostile, fc.constantFrom('"', '""', '"a,b"', ',', '\r\n'));
    const csv = fc
      .tuple(
        fc.subarray(CHAMPS, { minLength: 1 }),
        fc.array(fc.array(cellule, { maxLength: 8 }), { maxLength: 6 }),
      )
      .map(([entete, lignes]) => [entete.join(','), ...lignes.map((l) => l.join(','))].join('\n'));
    fc.assert(
      fc.property(fc.oneof(csv, fc.string()), (texte) =>
        seulementErreursUtilisateur(() => lireCsv(texte, 'lot.csv')),
      ),
      { numRuns: 500 },
    );
  });

  it('fichiers hostiles par le vrai processus : code 2, une ligne en français, sans trace de pile', async () => {
    const entrees = [
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9f, 0x92, 0x96]).toString('latin1'),
      '{"structure":"liberal","dateSignature":"2025-01-01","patientele":' + '['.repeat(3000),
      '[' + '{"structure":"centre"},'.repeat(50) + '1]',
      'structure,dateSignature\nliberal,"2025-01-01\n',
      `{"structure":"liberal","dateSignature":"${'9'.repeat(200000)}"}`,
    ];
    for (const entree of entrees) {
      const r = await lancer(['-'], entree);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('fuzz : décodeur d’adresse', () => {
  it('paramètres inconnus, invalides ou hostiles : jamais d’exception, le reste est repris', () => {
    const requete = fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom(...CHAMPS), fc.string({ maxLength: 12 })), hostile),
        { maxLength: 12 },
      )
      .map(
        (paires) =>
          `?${paires.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
      );
    fc.assert(
      fc.property(fc.oneof(requete, fc.string()), (recherche) => {
        const lu = lireUrl(recherche, IDS_ETAPES);
        for (const v of Object.values(lu.reponses)) expect(typeof v).toBe('string');
        expect(Array.isArray(lu.ignores)).toBe(true);
        const analyse = analyser(lu.reponses);
        for (const e of analyse.erreurs) expect(e.message.startsWith(`${e.champ} : `)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzz : chargement des simulations enregistrées', () => {
  const stockage = (valeur: string | null): Stockage => ({
    getItem: () => valeur,
    setItem: () => undefined,
    removeItem: () => undefined,
  });

  it('valeur stockée aléatoire, abîmée ou falsifiée : jamais d’exception, des avis en français', () => {
    const dossierFalsifie = fc.record({
      format: fc.constantFrom('simulateur-assistant-medical', 'autre'),
      version: fc.oneof(fc.constant(1), fc.integer()),
      nom: hostile,
      enregistreLe: hostile,
      versionRegles: hostile,
      reponses: fc.dictionary(fc.constantFrom(...CHAMPS, 'inconnu'), hostile),
      resultat: fc.anything(),
    });
    const valeur = fc.oneof(
      fc.string(),
      fc.json(),
      fc.array(fc.oneof(dossierFalsifie, fc.anything())).map((l) => JSON.stringify(l)),
    );
    fc.assert(
      fc.property(valeur, (v) => {
        const liste = lireDossiers(stockage(v));
        expect(Array.isArray(liste.dossiers)).toBe(true);
        for (const n of liste.notices) expect(n).toMatch(/[a-zé]{3,}/);
      }),
      { numRuns: 500 },
    );
  });
});
