/**
 * A UTF-8 CSV is indexed and read on its bytes (issue 13: csv-par-tranches.ts,
 * indexer-csv-octets.ts): the same records, the same lines, the same situations and, for a
 * malformed text, the same refusal word for word as the reading of the decoded text (indexerCsv,
 * lireCsvParTranches, lireEntrees), on written cases and on texts mutated at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enCsv, genererSituations } from '../../scripts/generer-situations.ts';
import { lireCsvParOctets, octetsCsv } from '../../src/cli/csv-par-tranches.ts';
import { sourceDe, type Source } from '../../src/cli/entree.ts';
import { ErreurUtilisateur } from '../../src/cli/erreur-utilisateur.ts';
import { lireEntrees, ouvrirEntrees } from '../../src/cli/parse-input.ts';
import {
  detecterSeparateurOctets,
  indexerCsvOctets,
} from '../../src/fichiers/indexer-csv-octets.ts';
import { indexerCsv } from '../../src/fichiers/indexer-csv.ts';
import { detecterSeparateur } from '../../src/fichiers/analyser-csv.ts';
import { CSV_EXCEL, CSV_SIMPLE, octets } from '../helpers/fichiers-reels.ts';

type Issue =
  | { nombre: number; valeurs: unknown[]; lieux: string[]; reduites: unknown[][] }
  | { erreur: string };

const BORNES = [0, 1, 2, 7, 1000];
const CHAMPS = ['annees', 'structure', 'atteinte', 'reference'];

/** Slices of several bounds, their places, and the reduced rows of a few fields. */
function issue(lire: () => Source): Issue {
  try {
    const s = lire();
    const valeurs = BORNES.flatMap((debut, k) => s.tranche(debut, BORNES[k + 1] ?? s.nombre));
    const lieux = [-1, ...valeurs.keys(), s.nombre].map((i) => s.lieu(i));
    const reduites = s.reduites
      ? CHAMPS.map((champ) => [...s.reduites!(0, 3, champ), ...s.reduites!(3, s.nombre + 1, champ)])
      : [];
    return { nombre: s.nombre, valeurs, lieux, reduites };
  } catch (erreur) {
    if (erreur instanceof ErreurUtilisateur) return { erreur: erreur.message };
    throw erreur;
  }
}

/** The bytes at an offset of a shared buffer, as lire-source.ts gives a file. */
function partages(texte: string): Uint8Array {
  const b = Buffer.from(texte, 'utf8');
  const tout = new Uint8Array(new SharedArrayBuffer(b.length + 13));
  tout.set(b, 5);
  return tout.subarray(5, 5 + b.length);
}

/** The index on the bytes is the text's, record for record; or null when the text's fails. */
function memeIndex(texte: string): void {
  const o = octetsCsv(partages(texte), 'lot.csv');
  expect(o).not.toBeNull();
  const dansTexte = indexerCsv(texte.replace(/^\uFEFF/, ''));
  const surOctets = indexerCsvOctets(o!);
  expect(detecterSeparateurOctets(o!)).toBe(detecterSeparateur(texte.replace(/^\uFEFF/, '')));
  const largeurs = dansTexte.ok
    ? new Set(Array.from({ length: dansTexte.nombre }, (_, k) => dansTexte.largeur(k)))
    : null;
  if (!dansTexte.ok || largeurs!.size > 1) {
    expect(surOctets).toBeNull();
    return;
  }
  expect(surOctets).not.toBeNull();
  expect(surOctets!.nombre).toBe(dansTexte.nombre);
  expect(surOctets!.separateur).toBe(dansTexte.separateur);
  for (let k = 0; k < dansTexte.nombre; k++) {
    expect(surOctets!.ligne(k)).toBe(dansTexte.ligne(k));
    expect(surOctets!.largeur(k)).toBe(dansTexte.largeur(k));
    expect(surOctets!.enregistrement(k)).toEqual(dansTexte.enregistrement(k));
    expect(surOctets!.enregistrement(k, 2)).toEqual(dansTexte.enregistrement(k, 2));
  }
}

/** The bytes reading, the text reading by slices and the whole reading agree. */
function memeLecture(texte: string, nom = 'lot.csv'): Issue {
  const attendu = issue(() => sourceDe(lireEntrees(texte, nom)));
  const parTexte = issue(() => ouvrirEntrees(texte, nom));
  const parOctets = issue(() => ouvrirEntrees(partages(texte), nom));
  const parOctetsFil = issue(() => ouvrirEntrees(Buffer.from(texte), nom, true));
  // The whole reading has no reduced rows: compare it without them.
  const sans = (i: Issue) => ('erreur' in i ? i : { ...i, reduites: [] });
  expect(sans(parOctets)).toEqual(sans(attendu));
  expect(parOctets).toEqual(parTexte);
  expect(parOctetsFil).toEqual(parTexte);
  return parOctets;
}

const ENTETE_EXCEL = 'Nom;structure;dateSignature;specialite;secteur;option;bande;atteinte;annees';

const LIGNES_EXCEL = [
  'Dr Hélène Müller;liberal;2025-02-01;Médecine générale;1;plein;P30-P50;"1;1;0,6";7',
  ' "Dr ""Jo"" Noël" ;liberal;2025-03-10;medecine-generale;1;demi;P50-P70;;\u00a05\u00a0',
  '\u00a0"Centre\r\n« Les Tilleuls »";centre;2021-01-04;;;;;"0,5;\n0,7";',
  ';;;;;;;;',
  '\u00a0;\t; ;;;;;;',
  '',
  '"";liberal;2024-01-01;;;;;;3',
];

const CAS_BONS: [string, string][] = [
  ['situations générées', enCsv(genererSituations(1_500, 9))],
  [
    'situations générées, CRLF et BOM',
    `\uFEFF${enCsv(genererSituations(300, 2)).replace(/\n/g, '\r\n')}`,
  ],
  ['situations générées, CR', enCsv(genererSituations(300, 3)).replace(/\n/g, '\r')],
  ['cas réels', CSV_SIMPLE],
  ['cas réels, Excel', CSV_EXCEL],
  ['Excel français, accents, NBSP, guillemets', [ENTETE_EXCEL, ...LIGNES_EXCEL].join('\r\n')],
  ['idem, LF, sans fin de ligne', [ENTETE_EXCEL, ...LIGNES_EXCEL].join('\n')],
  ['idem, CR', `\n\n${[ENTETE_EXCEL, ...LIGNES_EXCEL].join('\r')}\r\r`],
  [
    'lignes vides, séparateur « ; »',
    'structure;dateSignature;reference;atteinte\r\nliberal;2025-02-01;"Dr A\r\nB";"1;0,5"\r\n\r\n;;;\r\ncentre;2024-03-01;x;\r\n',
  ],
  ['une seule ligne', 'structure,dateSignature\nliberal,2025-02-01\n'],
  ['deux BOM', '\uFEFF\uFEFFstructure,dateSignature\nliberal,2025-02-01\n'],
  ['blancs Unicode', 'structure,reference\n\u2003,\u2003\nliberal,\u3000x\u3000\n'],
  ['en-tête après des lignes blanches', ' \n\u00a0\n\t;\nstructure;x;y\nliberal;1;2\n'],
];

const CAS_MAUVAIS: [string, string][] = [
  ['largeur', 'structure,dateSignature\nliberal,2025-02-01\ncentre\n'],
  ['largeur après des guillemets', `${ENTETE_EXCEL}\n${LIGNES_EXCEL[2]}\na;;\n`],
  ['séparateur d’une ligne de blancs', ' \n\u00a0\n\t,\nstructure;x,y\nliberal;1,2\n'],
  ['en-tête inconnu', 'couleur,taille\na,b\n'],
  ['en-tête dangereux', '__proto__,structure\na,b\n'],
  ['guillemet non fermé', 'structure,dateSignature\n"liberal,2025-02-01\n'],
  ['texte après un guillemet', 'structure,dateSignature\n"liberal" x,2025-02-01\n'],
  ['guillemet dans une cellule', 'structure,dateSignature\nlib"eral,2025-02-01\n'],
  ['en-tête seul', 'structure,dateSignature\n'],
  ['vide', ' \n'],
  ['blancs seuls', '\u00a0\r\n\t\r\n'],
];

describe('entrées CSV indexées sur leurs octets', () => {
  it.each(CAS_BONS)('%s : mêmes enregistrements, situations et lieux', (_nom, texte) => {
    memeIndex(texte);
    const lu = memeLecture(texte);
    expect('valeurs' in lu).toBe(true);
    expect(lireCsvParOctets(partages(texte), 'lot.csv')).not.toBeNull();
  });

  it.each(CAS_MAUVAIS)('%s : le même refus, mot pour mot', (_nom, texte) => {
    memeIndex(texte);
    const lu = memeLecture(texte);
    expect('erreur' in lu).toBe(true);
    expect(lireCsvParOctets(partages(texte), 'lot.csv')).toBeNull();
  });

  it.each([
    ['UTF-8', Buffer.from(CSV_EXCEL), 'lot.csv', true],
    ['UTF-8 avec BOM', Buffer.from(`\uFEFF${CSV_SIMPLE}`), 'lot.csv', true],
    ['sans extension', Buffer.from(`\n${CSV_SIMPLE}`), 'entrée standard', true],
    ['Windows-1252', octets(CSV_EXCEL, 'latin1'), 'lot.csv', false],
    ['UTF-16 LE', octets(`\uFEFF${CSV_EXCEL}`, 'utf16le'), 'lot.csv', false],
    ['UTF-16 LE sans BOM', octets(CSV_SIMPLE, 'utf16le'), 'lot.csv', false],
    ['octet nul', Buffer.from(`${CSV_SIMPLE}\u0000`), 'lot.csv', false],
    ['nommé .json', Buffer.from(CSV_SIMPLE), 'lot.json', false],
    ['une liste JSON', Buffer.from('[{"structure":"liberal"}]'), 'entrée', false],
    ['un objet JSON', Buffer.from('\u00a0{"structure":"liberal"}'), 'entrée', false],
    ['un blanc Unicode d’abord', Buffer.from(`\u2003${CSV_SIMPLE}`), 'entrée', false],
    ['un classeur', Buffer.from('PK\u0003\u0004structure\n1\n'), 'lot.csv', false],
  ])('%s : lu sur ses octets seulement s’il est en UTF-8 (%s)', (_nom, o, nom, surOctets) => {
    expect(lireCsvParOctets(o, nom) !== null).toBe(surOctets);
    const attendu = issue(() => sourceDe(lireEntrees(o, nom)));
    const lu = issue(() => ouvrirEntrees(o, nom));
    expect('erreur' in lu ? lu : { ...lu, reduites: [] }).toEqual(attendu);
  });

  it('un texte muté au hasard est lu comme le lit le texte décodé', () => {
    const base = [ENTETE_EXCEL, ...LIGNES_EXCEL, 'Dr X;centre;2020-01-01;;;;;;'].join('\r\n');
    const caracteres = fc.constantFrom(
      ...[
        '"',
        ';',
        ',',
        '\n',
        '\r',
        '\r\n',
        ' ',
        '\t',
        '\u00a0',
        '\u2003',
        '\ufeff',
        'é',
        'a',
        '1',
      ],
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ position: fc.nat(base.length), retirer: fc.boolean(), c: caracteres }),
          { minLength: 1, maxLength: 4 },
        ),
        (mutations) => {
          let texte = base;
          for (const { position, retirer, c } of mutations)
            texte =
              texte.slice(0, position) +
              (retirer ? '' : c) +
              texte.slice(position + (retirer ? 1 : 0));
          memeIndex(texte);
          memeLecture(texte);
        },
      ),
      { numRuns: 1500, seed: 13 },
    );
  });
});
