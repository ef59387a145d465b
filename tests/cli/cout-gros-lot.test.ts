/**
 * Big inputs (repartir.ts starts a worker thread from 5000 situations; `--fils=2` asks for it whatever the cores): --cout and its options
 * reach the worker, which returns the same lots as the main thread.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { memeLotDansLeTravailleur } from './travailleur.ts';
import { DELAI_PROCESSUS_MS, GENERALISTE_2026, lancer, type Execution } from './lancer-cli.ts';

/** Liberal GP, full time, signed 2026-01-15: aid 38 000, 28 000, then 22 000 €. */
const SITUATION = GENERALISTE_2026;
const GROS_LOT = 5000;

let grosLot: Execution;

beforeAll(async () => {
  grosLot = await lancer(
    ['-', '--format', 'csv', '--cout', '--salaire=2000', '--heures=28', '--charges=25', '--fils=2'],
    JSON.stringify(Array.from({ length: GROS_LOT }, () => SITUATION)),
  );
}, DELAI_PROCESSUS_MS);

describe('gros lots (≥ 5000 situations) : le fil de travail suit --cout et ses options', () => {
  it(`${GROS_LOT} situations en CSV : 5 années chacune, dans l’ordre de l’entrée`, () => {
    expect(grosLot.stderr).toBe('');
    expect(grosLot.code).toBe(0);
    const rangs = parse(grosLot.stdout, { columns: true }) as Record<string, string>[];
    expect(rangs).toHaveLength(GROS_LOT * 5);
    expect(rangs.map((r) => r.index)).toEqual(
      Array.from({ length: GROS_LOT * 5 }, (_, k) => String(Math.floor(k / 5) + 1)),
    );
    // Every situation gets the same 5 years as the first one, with the options typed.
    const formes = new Set(rangs.map(({ index: _i, ...r }, k) => `${k % 5} ${JSON.stringify(r)}`));
    expect(formes.size).toBe(5);
    expect(
      rangs.slice(0, 5).map((r) => [r.annee, r.salaireBrutAnnuel, r.charges, r.resteACharge]),
    ).toEqual([
      ['1', '19200', '4800', '-14000'],
      ['2', '19200', '4800', '-4000'],
      ['3', '19200', '4800', '2000'],
      ['4', '19200', '4800', '2000'],
      ['5', '19200', '4800', '2000'],
    ]);
  });

  it(
    'le fil de travail rend le même lot que ce fil, coût compris (JSON et CSV)',
    async () => {
      // Not under the convention (secteur non conventionné): ineligible, no cost.
      const lots = await memeLotDansLeTravailleur(
        [SITUATION, { ...SITUATION, secteur: 'non-conventionne' }],
        {
          explications: false,
          indente: false,
          calendrier: false,
          dateRecrutement: null,
          cout: { salaireBrutMensuel: 2000, heuresHebdomadaires: 28, tauxCharges: 0.25 },
        },
      );
      expect(lots.json.json).toContain('"coutEmployeur":24000');
      expect(lots.json.json).toContain('"sansCout":"ineligible"');
      expect(
        lots.csv.csv
          .trimEnd()
          .split('\n')
          .map((l) => Number(l.split(',')[0])),
      ).toEqual(Array(5).fill(11));
    },
    DELAI_PROCESSUS_MS,
  );
});
