import { describe, expect, it } from 'vitest';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { centimes, lireCasGolden } from '../helpers/cas-golden.ts';

const cas = lireCasGolden();

describe('cas de référence (../shared/cases)', () => {
  it('trouve les cas de référence, ceux du contrat collectif compris', () => {
    expect(cas.length).toBeGreaterThanOrEqual(17);
    expect(cas.filter((c) => c.fichier.startsWith('collectif/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cas.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const v = validerSituation(c.input);
    if (!v.ok) throw new Error(`Entrée invalide : ${v.erreurs.map((e) => e.message).join(' ; ')}`);
    const r = simuler(v.situation);
    expect(r.eligibilite.statut).toBe(c.expected.statut);
    if (c.expected.montants) {
      expect(r.annees.map((a) => centimes(a.montant))).toEqual(c.expected.montants.map(centimes));
      const somme = c.expected.montants.reduce((t, m) => t + Math.round(m * 100), 0);
      expect(centimes(r.total)).toBe(somme);
    }
    if (c.expected.statut === 'ineligible') {
      expect(r.total).toBe(0);
      expect(r.annees.every((a) => a.montant === 0)).toBe(true);
    }
    if (c.expected.objectif) {
      if ('mt' in c.expected.objectif) expect(r.objectif.mt).toBe(c.expected.objectif.mt);
      if ('fileActive' in c.expected.objectif)
        expect(r.objectif.fileActive).toBe(c.expected.objectif.fileActive);
    }
  });
});
