/** The one grid placement (issue 14): bounds reached at or above, strict bounds, unknown bounds skipped. */
import { describe, expect, it } from 'vitest';
import { placer, type Bareme } from '../../src/engine/parametres/bareme.ts';
import { bandesGeneralistes } from '../../src/engine/parametres/seuils-generalistes.ts';
import { baremesCentres } from '../../src/engine/parametres/centres.ts';

const provenance = {
  parametre: 'essai',
  depuis: '2019-01-01',
  jusqua: null,
  sources: [],
  confiance: [],
  verifieLe: '2026-11-29',
} as const;
const borne =
  (valeur: number | null, strict = false) =>
  () => ({ valeur, strict, provenance });
const essai: Bareme<string> = {
  id: 'essai',
  dessous: 'bas',
  paliers: [
    { label: 'a', seuil: borne(10, true), valeur: 'A' },
    { label: 'b', seuil: borne(20), valeur: 'B' },
    { label: 'c', seuil: borne(null), valeur: 'C' },
  ],
};

describe('placer', () => {
  it.each([
    [10, 'bas'],
    [11, 'A'],
    [19, 'A'],
    [20, 'B'],
    [1_000, 'B'],
  ])('%i → %s (borne stricte à 10, borne inconnue ignorée)', (mesure, attendu) => {
    expect(placer(mesure, essai, '2024-01-01').valeur).toBe(attendu);
  });

  it.each([
    ['2019-11-01', 640, '<P30'],
    ['2019-11-01', 641, 'P30-P50'],
    ['2019-11-01', 1503, 'P90-P95'],
    ['2019-11-01', 1721, '>=P95'],
    ['2024-01-01', 775, 'P30-P50'],
    ['2024-01-01', 1045, 'P50-P90'],
    ['2024-01-01', 5000, 'P50-P90'],
  ])('médecin généraliste au %s, %i patients MT → %s', (date, mesure, attendu) => {
    expect(placer(mesure, bandesGeneralistes, date).valeur).toBe(attendu);
  });

  it.each([
    ['mt', 472, null],
    ['mt', 473, '[P30;P50['],
    ['mt', 635, '[P50;P70['],
    ['fileActive', 2586, '>=P90'],
  ] as const)('centre, %s moyen %i par ETP → %s', (ind, mesure, attendu) => {
    expect(placer(mesure, baremesCentres[ind], '2021-01-01').valeur?.id ?? null).toBe(attendu);
  });
});
