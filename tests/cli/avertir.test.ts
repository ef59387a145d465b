/**
 * Warnings on the error output are written once per run, whichever thread finds them (avertir.ts):
 * the worker sends its own to the main thread, which writes each text once.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { avertissementSmic } from '../../src/cli/cout.ts';
import { demarrerTravailleur, type Commande, type Reponse } from '../../src/cli/repartir.ts';
import { DELAI_PROCESSUS_MS, GENERALISTE_2026, lancer } from './lancer-cli.ts';

/** 1 823,03 € is the SMIC of January 2026, under the SMIC of June 2026 (years 2027 and after). */
const SALAIRE = 1823.03;
const AVERTISSEMENT = avertissementSmic(SALAIRE, 1867.06);

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A fresh copy of avertir.ts (its memory is per run) and what it writes on the error output. */
async function avertirNeuf() {
  vi.resetModules();
  const ecrit: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((texte) => {
    ecrit.push(String(texte));
    return true;
  });
  return { ...(await import('../../src/cli/avertir.ts')), ecrit };
}

describe('avertir : chaque texte une fois par exécution', () => {
  it('le même texte deux fois est écrit une fois, un autre texte à son tour', async () => {
    const { avertir, ecrit } = await avertirNeuf();
    avertir('attention : a');
    avertir('attention : b');
    avertir('attention : a');
    expect(ecrit).toEqual(['attention : a\n', 'attention : b\n']);
  });

  it('dans le fil de travail, les avertissements partent vers le fil principal, sans être écrits', async () => {
    const { avertir, renvoyerAvertissements, ecrit } = await avertirNeuf();
    const envoyes: string[] = [];
    renvoyerAvertissements((texte) => envoyes.push(texte));
    avertir('attention : a');
    avertir('attention : a');
    expect(ecrit).toEqual([]);
    // The main thread dedupes; the worker does not need to.
    expect(envoyes).toEqual(['attention : a', 'attention : a']);
  });
});

describe('le fil de travail envoie l’avertissement sous le SMIC au fil principal', () => {
  it(
    'un lot sous le SMIC : un message « avertissement » avec le texte, puis le lot',
    async () => {
      const travailleur = demarrerTravailleur();
      try {
        const recu = async (): Promise<Reponse> =>
          ((await once(travailleur, 'message')) as [Reponse])[0];
        expect(await recu()).toEqual({ type: 'pret' });
        const commande: Commande = {
          numero: 0,
          valeurs: [GENERALISTE_2026, GENERALISTE_2026],
          debut: 0,
          options: {
            format: 'csv',
            explications: false,
            indente: false,
            calendrier: false,
            dateRecrutement: null,
            cout: { salaireBrutMensuel: SALAIRE, tauxCharges: 0.25 },
          },
        };
        travailleur.postMessage(commande);
        expect(await recu()).toEqual({ type: 'avertissement', texte: AVERTISSEMENT });
        expect((await recu()).type).toBe('lot');
      } finally {
        await travailleur.terminate();
      }
    },
    DELAI_PROCESSUS_MS,
  );
});

describe('ligne de commande, deux fils (--fils=2)', () => {
  it(
    '30 000 situations sous le SMIC : l’avertissement une seule fois, toutes les lignes écrites',
    async () => {
      const nombre = 30_000;
      const e = await lancer(
        ['-', '--format', 'csv', '--cout', `--salaire=${SALAIRE}`, '--charges=25', '--fils=2'],
        JSON.stringify(Array.from({ length: nombre }, () => GENERALISTE_2026)),
        undefined,
        { SIMULATEUR_DEBUG: '1' },
      );
      expect(e.code).toBe(0);
      const lignes = e.stderr.trimEnd().split('\n');
      // SIMULATEUR_DEBUG says how many slices the worker did (on a loaded machine, maybe none).
      expect(lignes.filter((l) => !l.startsWith('fil de travail : '))).toEqual([
        AVERTISSEMENT.trimEnd(),
      ]);
      expect(lignes.filter((l) => /^fil de travail : \d+ tranches sur 30$/.test(l))).toHaveLength(
        1,
      );
      expect(e.stdout.trimEnd().split('\n')).toHaveLength(1 + nombre * 5);
    },
    DELAI_PROCESSUS_MS,
  );
});
