/**
 * Runs one batch through the CLI's worker thread (repartir.ts) and through this thread
 * (traiterLot), for each output format, and checks both give the same lot; returns the lots of this
 * thread by format, for the caller's own assertions.
 */
import { once } from 'node:events';
import { expect } from 'vitest';
import { demarrerTravailleur, type Commande, type Reponse } from '../../src/cli/repartir.ts';
import { traiterLot, type Lot } from '../../src/cli/traiter-lot.ts';

type Options = Omit<Commande['options'], 'format'>;

export async function memeLotDansLeTravailleur(
  valeurs: unknown[],
  options: Options,
): Promise<Record<'json' | 'csv', Lot>> {
  const travailleur = demarrerTravailleur();
  try {
    const recu = async (): Promise<Reponse> =>
      ((await once(travailleur, 'message')) as [Reponse])[0];
    expect(await recu()).toEqual({ type: 'pret' });
    const lots = {} as Record<'json' | 'csv', Lot>;
    for (const format of ['json', 'csv'] as const) {
      const commande: Commande = { numero: 0, valeurs, debut: 10, options: { ...options, format } };
      travailleur.postMessage(commande);
      const reponse = await recu();
      lots[format] = traiterLot(0, commande.valeurs, 10, commande.options);
      expect(reponse).toEqual({ type: 'lot', lot: lots[format] });
    }
    return lots;
  } finally {
    await travailleur.terminate();
  }
}
