/**
 * The shared reader: encoding from the bytes, separator from the header, RFC 4180 records with
 * their file lines, typed cells, and headers that cannot reach Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyserCsv, detecterSeparateur } from '../../src/fichiers/analyser-csv.ts';
import { indexerCsv } from '../../src/fichiers/indexer-csv.ts';
import { decoder } from '../../src/fichiers/decoder.ts';
import { lireTableau } from '../../src/fichiers/lire-tableau.ts';

const utf8 = (texte: string): Uint8Array => new TextEncoder().encode(texte);
const latin1 = (texte: string): Uint8Array => Uint8Array.from(Buffer.from(texte, 'latin1'));
const utf16le = (texte: string): Uint8Array => Uint8Array.from(Buffer.from(texte, 'utf16le'));
const utf16be = (texte: string): Uint8Array =>
  Uint8Array.from(Buffer.from(texte, 'utf16le').swap16());

const TEXTE = 'reference;specialite\nDr Hélène Müller « é » ;medecine-generale\n';

describe('encodage trouvé d’après les octets', () => {
  it.each([
    ['UTF-8 sans BOM', utf8(TEXTE), 'utf-8'],
    ['UTF-8 avec BOM', utf8(`\uFEFF${TEXTE}`), 'utf-8'],
    ['UTF-16 LE avec BOM', utf16le(`\uFEFF${TEXTE}`), 'utf-16le'],
    ['UTF-16 BE avec BOM', utf16be(`\uFEFF${TEXTE}`), 'utf-16be'],
    ['UTF-16 LE sans BOM', utf16le(TEXTE), 'utf-16le'],
    ['Windows-1252 (octets invalides en UTF-8)', latin1(TEXTE), 'windows-1252'],
  ])('%s', (_titre, octets, encodage) => {
    expect(decoder(octets)).toEqual({ ok: true, texte: TEXTE, encodage });
  });

  it('Windows-1252 : l’euro et l’apostrophe typographique (0x80, 0x92)', () => {
    const octets = Uint8Array.from([0x4c, 0x92, 0x61, 0x69, 0x64, 0x65, 0x20, 0x80]);
    expect(decoder(octets)).toEqual({ ok: true, texte: 'L’aide €', encodage: 'windows-1252' });
  });

  it('un texte déjà décodé perd seulement son BOM', () => {
    expect(decoder('\uFEFFa,b')).toEqual({ ok: true, texte: 'a,b', encodage: 'utf-8' });
  });

  it.each([
    ['un classeur .xlsx (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /c’est un classeur/],
    ['un classeur .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /c’est un classeur/],
    ['un fichier binaire', [0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01], /fichier binaire/],
  ])('refuse %s en disant ce qui est attendu', (_titre, octets, motif) => {
    const resultat = decoder(Uint8Array.from(octets));
    expect(resultat.ok).toBe(false);
    const message = resultat.ok ? '' : resultat.message;
    expect(message).toMatch(motif);
    expect(message).toContain('attendu : un fichier texte CSV');
    expect(message).toContain('séparés par « , » ou « ; »');
  });
});

describe('séparateur trouvé sur la ligne d’en-tête', () => {
  it.each([
    ['structure,dateSignature\nliberal,2025-01-01\n', ','],
    ['structure;dateSignature\nliberal;2025-01-01\n', ';'],
    ['\n\nstructure;dateSignature\n', ';'],
    // One column: the `;` of the data lines are list items, not separators.
    ['atteinte\n1;1;0.6\n', ','],
    ['"a;b",c,d\n', ','],
    ['"a,b";c;d\n', ';'],
    ['', ','],
  ])('%j → « %s »', (texte, separateur) => {
    expect(detecterSeparateur(texte)).toBe(separateur);
  });
});

describe('enregistrements CSV et numéros de ligne', () => {
  const lire = (texte: string) => {
    const analyse = analyserCsv(texte);
    if (!analyse.ok) throw new Error(analyse.code);
    return analyse.enregistrements.map((e) => [e.ligne, ...e.cellules]);
  };

  it('guillemets, guillemets doublés, blancs autour, cellule sur deux lignes', () => {
    expect(lire('a,b\n "x,1" , y \n"dit ""oui""","l1\nl2"\nfin,1\n')).toEqual([
      [1, 'a', 'b'],
      [2, 'x,1', 'y'],
      [4, 'dit "oui"', 'l1\nl2'],
      [5, 'fin', '1'],
    ]);
  });

  it('fins de ligne CRLF, CR ou LF ; lignes vides et lignes sans valeur ignorées', () => {
    expect(lire('a;b\r\n1;2\r\n\r\n;\r3;4\n5;6')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [5, '3', '4'],
      [6, '5', '6'],
    ]);
  });

  it.each([
    ['a,b\n1,"2\n', { code: 'guillemet-non-ferme', ligne: 2, colonne: 2 }],
    ['a,b\n"1"x,2\n', { code: 'apres-guillemet', ligne: 2, colonne: 1 }],
    ['a,b\n1,2"3\n', { code: 'guillemet-dans-cellule', ligne: 2, colonne: 2 }],
  ])('CSV mal formé %j : première erreur, ligne et colonne', (texte, erreur) => {
    expect(analyserCsv(texte)).toEqual({ ok: false, ...erreur });
  });
});

describe('index des enregistrements (lecture par tranches de la ligne de commande)', () => {
  it.each([
    'a,b\n "x,1" , y \n"dit ""oui""","l1\nl2"\nfin,1\n',
    'a;b\r\n1;2\r\n\r\n;\r3;4\n5;6',
    '\uFEFFa,b\n"",  \n" ",\n\u3000,\u00a0\n1,2,3\n""""\n',
    'a,b\n1,"2\n',
    'a,b\n"1"x,2\n',
    'a,b\n1,2"3\n',
    '',
  ])('%j : mêmes enregistrements, largeurs, lignes et erreurs que analyserCsv', (texte) => {
    const analyse = analyserCsv(texte);
    const index = indexerCsv(texte);
    if (!analyse.ok) {
      expect(index).toEqual(analyse);
      return;
    }
    if (!index.ok) throw new Error(index.code);
    expect(index.separateur).toBe(analyse.separateur);
    const lus = Array.from({ length: index.nombre }, (_, k) => index.enregistrement(k));
    expect(lus).toEqual(analyse.enregistrements);
    expect(lus.map((_, k) => [index.ligne(k), index.largeur(k)])).toEqual(
      analyse.enregistrements.map((e) => [e.ligne, e.cellules.length]),
    );
  });
});

const valeurs = (source: string | Uint8Array) => {
  const lecture = lireTableau(source);
  if (!lecture.ok) throw new Error(lecture.message);
  return lecture.lignes.map((l) => l.valeur);
};

describe('lecture d’un tableau de situations', () => {
  it('fichier d’Excel français : « ; », virgule décimale, listes entre guillemets ou « | », milliers espacés', () => {
    const texte =
      'structure;partHonorairesCliniques;atteinte;realise.mt;patientele.fileActive\r\n' +
      'liberal;0,7;"1;1;0,6";100|200|1\u00a0200;12 000\r\n';
    expect(valeurs(latin1(texte))).toEqual([
      {
        structure: 'liberal',
        partHonorairesCliniques: 0.7,
        atteinte: [1, 1, 0.6],
        realise: [{ mt: 100 }, { mt: 200 }, { mt: 1200 }],
        patientele: { fileActive: 12000 },
      },
    ]);
  });

  it('format des liens du simulateur : « realise.mt » = « ;;72 » laisse les années 1 et 2 vides, à leur place', () => {
    const texte =
      'structure,realise.fileActive,realise.mt\n' + 'liberal,10;20,;;72\n' + 'centre,,;5\n';
    expect(valeurs(utf8(texte))).toEqual([
      { structure: 'liberal', realise: [{ fileActive: 10 }, { fileActive: 20 }, { mt: 72 }] },
      { structure: 'centre', realise: [{}, { mt: 5 }] },
    ]);
  });

  it('un en-tête sans aucun champ connu dit ce qui est attendu', () => {
    const lecture = lireTableau(latin1('ville\tprénom\nLyon\tHélène\n'));
    expect(lecture).toEqual({
      ok: false,
      vide: false,
      message: expect.stringMatching(
        /^en-tête CSV non reconnu, aucune colonne n’est un champ connu \(première ligne lue en Windows-1252 : « ville\tprénom »\) ; attendu : un fichier texte CSV/,
      ) as unknown,
    });
  });

  it('un fichier sans ligne est dit vide', () => {
    expect(lireTableau(utf8('\n \n'))).toEqual({
      ok: false,
      vide: true,
      message: 'fichier vide, aucune situation à simuler',
    });
  });
});

describe('un en-tête ne peut pas atteindre Object.prototype', () => {
  afterEach(() => {
    for (const cle of ['bande', 'x', 'polluee']) {
      delete (Object.prototype as Record<string, unknown>)[cle];
    }
  });

  it.each([
    ['__proto__.bande', 1, '__proto__'],
    ['constructor.prototype.x', 2, 'constructor'],
    ['a.prototype', 1, 'prototype'],
    ['__proto__', 3, '__proto__'],
    ['realise.0.__proto__', 2, '__proto__'],
  ])('colonne « %s » refusée, nommée', (colonne, numero, segment) => {
    const avant = ['structure', 'dateSignature'].slice(0, numero - 1);
    const entete = [...avant, colonne].join(',');
    const ligne = [...avant.map(() => 'x'), 'P30-P50'].join(',');
    const lecture = lireTableau(`${entete}\n${ligne}\n`);
    expect(lecture).toEqual({
      ok: false,
      vide: false,
      message: `en-tête CSV, colonne ${numero} « ${colonne} » : nom de champ refusé (« ${segment} » n’est pas un champ de la situation)`,
    });
    expect(({} as Record<string, unknown>).bande).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('des noms comme toString ou hasOwnProperty restent des champs inconnus de la ligne seule', () => {
    const lignes = valeurs('structure,toString,hasOwnProperty\nliberal,a,b\n');
    expect(Object.keys(lignes[0] ?? {})).toEqual(['structure', 'toString', 'hasOwnProperty']);
    expect(({} as { toString: unknown }).toString).toBe(Object.prototype.toString);
  });
});
