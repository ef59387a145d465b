/** Net cost for a group of GPs (collective contract, issue 11): the funded assistant ETP is paid. */
import { describe, expect, it } from 'vitest';
import { coutNetAssistant } from '../../src/engine/cout.ts';
import { simulerEntree } from '../helpers/situations.ts';

describe('coût net, contrat collectif', () => {
  it('5 ETP financés (cas collectif-scm-pamsu) : 5 ETP d’assistant chaque année, pas 0', () => {
    const r = simulerEntree({
      structure: 'collectif',
      dateSignature: '2026-12-01',
      formeJuridique: 'scm',
      medecinsAdherents: 4,
      tousGeneralistesHorsMepSecteur1OuOptam: true,
      patientele: { mt: 4400 },
      etp: 5,
      maitresDeStage: 2,
    });
    const c = coutNetAssistant(r, { tauxCharges: 0.3, salaireBrutMensuel: 2000 });
    expect(c.annees.map((a) => a.etp)).toEqual([5, 5, 5, 5, 5]);
    // 2 000 € × 12 × 5 ETP = 120 000 € brut, + 30 % = 156 000 €; aid 190 000 € in year 1.
    expect(c.annees[0]).toMatchObject({ salaireBrutAnnuel: 120000, coutEmployeur: 156000 });
    expect(c.annees[0]?.resteACharge).toBe(-34000);
  });
});
