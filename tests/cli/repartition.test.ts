/**
 * A big input is shared with a worker thread (repartir.ts): the worker reads the same bytes, both
 * threads claim slices, the slices come back as bytes in input order. The output must be the one
 * of this thread alone, byte for byte, in every format, also when the worker dies mid-run.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genererSituations } from '../../scripts/generer-situations.ts';
import { sourceDe } from '../../src/cli/entree.ts';
import type { OptionsSortie } from '../../src/cli/format-output.ts';
import { lancerLecture, traiterTout } from '../../src/cli/repartir.ts';
import { DELAI_PROCESSUS_MS } from './lancer-cli.ts';

const INVALIDE = { structure: 'liberal', dateSignature: '2025-02-01', option: 'triple' };
const valeurs: unknown[] = genererSituations(7_000, 11);
valeurs.splice(2345, 0, INVALIDE);
valeurs.splice(6543, 0, INVALIDE);
const octets = new TextEncoder().encode(JSON.stringify(valeurs));

const OPTIONS: OptionsSortie = {
  format: 'json',
  explications: false,
  indente: false,
  calendrier: false,
  dateRecrutement: null,
  cout: null,
};

interface Sortie {
  empreinte: string;
  rejets: number[];
  lotsDuTravailleur: number;
}

async function sortie(options: OptionsSortie, avecTravailleur: boolean, tuer = false) {
  const lecteur = avecTravailleur ? lancerLecture(octets, 'situations.json') : null;
  const hachage = createHash('sha256');
  const rejets: number[] = [];
  let lotsDuTravailleur = 0;
  // The worker comes in once it has read the input: from the sources (tsx), it may take longer
  // than this thread's whole run.
  if (lecteur) await new Promise((lu) => lecteur.on('message', (m) => m.type === 'lu' && lu(m)));
  lecteur?.on('message', (m: { type: string }) => {
    if (m.type !== 'tranche') return;
    lotsDuTravailleur++;
    if (tuer) void lecteur.terminate();
  });
  await traiterTout(
    sourceDe({ valeurs, lieu: String }),
    options,
    async (lot, fini) => {
      hachage.update(lot.octets).update('|');
      rejets.push(...lot.rejets.map((r) => r.position));
      fini();
    },
    lecteur,
  );
  return { empreinte: hachage.digest('hex'), rejets, lotsDuTravailleur } satisfies Sortie;
}

describe('un gros lot partagé avec le fil de travail', { timeout: DELAI_PROCESSUS_MS }, () => {
  it.each([
    ['JSON', OPTIONS],
    ['JSON indenté avec explications', { ...OPTIONS, indente: true, explications: true }],
    ['CSV', { ...OPTIONS, format: 'csv', anneesCsv: 8 }],
    ['CSV du calendrier', { ...OPTIONS, format: 'csv', calendrier: true }],
    ['JSON avec le coût à taux saisi', { ...OPTIONS, cout: { tauxCharges: 0.3 } }],
  ] as const)('%s : les mêmes octets qu’avec ce seul fil', async (_nom, options) => {
    const seul = await sortie(options, false);
    const partage = await sortie(options, true);
    expect(partage.lotsDuTravailleur).toBeGreaterThan(0);
    expect(partage.empreinte).toBe(seul.empreinte);
    expect(partage.rejets).toEqual([2345, 6543]);
    expect(seul.rejets).toEqual([2345, 6543]);
  });

  it('le fil de travail meurt après sa première tranche : ce fil reprend les siennes', async () => {
    const seul = await sortie(OPTIONS, false);
    const interrompu = await sortie(OPTIONS, true, true);
    expect(interrompu.lotsDuTravailleur).toBeGreaterThan(0);
    expect(interrompu.empreinte).toBe(seul.empreinte);
  });
});
