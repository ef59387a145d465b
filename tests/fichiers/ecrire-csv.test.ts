/** The shared CSV writer: quoting, separators, decimal comma, BOM, line ends, neutralisation. */
import { describe, expect, it } from 'vitest';
import {
  celluleCsv,
  formatCsv,
  ligneCsv,
  neutraliser,
  texteCsv,
} from '../../src/fichiers/ecrire-csv.ts';

describe('neutralisation des formules (OWASP) : une apostrophe devant', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['-', "'-"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('%j → %j', (texte, attendu) => {
    expect(neutraliser(texte)).toBe(attendu);
  });

  it.each(['Dr Hélène Müller', 'a=b', ' =1', "'=déjà neutralisée", '-9560.73', '-12,5', '-3', ''])(
    '%j reste tel quel',
    (texte) => {
      expect(neutraliser(texte)).toBe(texte);
    },
  );

  it('les nombres, négatifs compris, ne sont jamais touchés', () => {
    expect(celluleCsv(-9560.73)).toBe('-9560.73');
    expect(celluleCsv(-14000)).toBe('-14000');
    expect(celluleCsv(0)).toBe('0');
  });

  it('une cellule neutralisée est ensuite mise entre guillemets si besoin', () => {
    expect(celluleCsv('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(celluleCsv('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(celluleCsv('=1,2')).toBe(`"'=1,2"`);
    expect(celluleCsv('@x;y', formatCsv({ separateur: ';' }))).toBe(`"'@x;y"`);
  });
});

describe('guillemets, séparateurs et nombres', () => {
  it('comme csv-stringify par défaut : guillemets seulement pour « " », « , », CR et LF', () => {
    expect(ligneCsv(['a', 'b;c', 'd,e', 'f"g', 'h\ni', null, undefined, 12.5, ''])).toBe(
      'a,b;c,"d,e","f""g","h\ni",,,12.5,\n',
    );
  });

  it('séparateur « ; » : la virgule ne demande plus de guillemets, le point-virgule si', () => {
    const format = formatCsv({ separateur: ';' });
    expect(ligneCsv(['a,b', 'c;d', 1.5], format)).toBe('a,b;"c;d";1.5\n');
  });

  it('virgule décimale pour les nombres, pas pour les textes', () => {
    const format = formatCsv({ separateur: ';', virguleDecimale: true });
    expect(ligneCsv([5500.5, -0.25, 'v1.2', 7], format)).toBe('5500,5;-0,25;v1.2;7\n');
    // With the comma separator, a decimal comma needs quotes.
    expect(ligneCsv([0.6], formatCsv({ virguleDecimale: true }))).toBe('"0,6"\n');
  });

  it('guillemets aussi pour l’autre séparateur quand on le demande', () => {
    const format = formatCsv({ guillemetsAutreSeparateur: true });
    expect(ligneCsv(['a;b', 'c,d', 'e'], format)).toBe('"a;b","c,d",e\n');
  });

  it('BOM en tête et fins de ligne CRLF', () => {
    const format = formatCsv({ separateur: ';', bom: true, finDeLigne: '\r\n' });
    expect(
      texteCsv(
        [
          ['x', 'y'],
          ['1', '2'],
        ],
        format,
      ),
    ).toBe('\uFEFFx;y\r\n1;2\r\n');
    expect(texteCsv([['x']])).toBe('x\n');
  });
});
