/**
 * Big inputs (repartir.ts starts a worker thread from 5000 situations; `--fils=2` asks for it whatever the cores): --calendrier and
 * --date-recrutement reach the worker, which returns the same lots as the main thread.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { memeLotDansLeTravailleur } from './travailleur.ts';
import { DELAI_PROCESSUS_MS, lancer, type Execution } from './lancer-cli.ts';

/** The input of the golden case lib-avenant7-revalorisation: 9 instalments. */
const SITUATION = {
  structure: 'liberal',
  dateSignature: '2022-09-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'demi',
  bande: 'P30-P50',
  exerciceRegroupe: true,
  exerciceCoordonne: true,
};
const GROS_LOT = 5000;

let grosLot: Execution;

beforeAll(async () => {
  grosLot = await lancer(
    ['-', '--format', 'csv', '--calendrier', '--fils=2'],
    JSON.stringify(Array.from({ length: GROS_LOT }, () => SITUATION)),
  );
}, DELAI_PROCESSUS_MS);

describe('gros lots (≥ 5000 situations) : le fil de travail suit les mêmes options', () => {
  it(`${GROS_LOT} situations en CSV : 9 versements chacune, dans l’ordre de l’entrée`, () => {
    expect(grosLot.stderr).toBe('');
    expect(grosLot.code).toBe(0);
    const rangs = parse(grosLot.stdout, { columns: true }) as Record<string, string>[];
    expect(rangs).toHaveLength(GROS_LOT * 9);
    expect(rangs.map((r) => r.index)).toEqual(
      Array.from({ length: GROS_LOT * 9 }, (_, k) => String(Math.floor(k / 9) + 1)),
    );
    // Every situation gets the same 9 instalments as the first one.
    const formes = new Set(rangs.map(({ index: _i, ...r }, k) => `${k % 9} ${JSON.stringify(r)}`));
    expect(formes.size).toBe(9);
    expect(rangs.slice(0, 9).map((r) => [r.annee, r.date, r.montant])).toEqual([
      ['1', '2022-09-16', '12600'],
      ['1', '2023-09-01', '5400'],
      ['2', '2023-09-01', '13500'],
      ['3', '2025-03-01', '5500'],
      ['3', '2025-09-01', '5500'],
      ['4', '2026-03-01', '5500'],
      ['4', '2026-09-01', '5500'],
      ['5', '2027-03-01', '5500'],
      ['5', '2027-09-01', '5500'],
    ]);
  });

  it(
    'le fil de travail rend le même lot que ce fil, calendrier compris (JSON et CSV)',
    async () => {
      // Full time outside an under-served zone: ineligible under avenant 7, no instalment.
      const lots = await memeLotDansLeTravailleur([SITUATION, { ...SITUATION, option: 'plein' }], {
        explications: false,
        indente: false,
        calendrier: true,
        dateRecrutement: '2022-10-03',
        cout: null,
      });
      expect(lots.json.json).toContain('"date":"2022-10-18"');
      expect(
        lots.csv.csv
          .trimEnd()
          .split('\n')
          .map((l) => Number(l.split(',')[0])),
      ).toEqual(Array(9).fill(11));
    },
    DELAI_PROCESSUS_MS,
  );
});
