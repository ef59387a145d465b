/**
 * Each structure's zod schema is built on first use (situation.ts), then kept; the group's rule
 * beyond its fields (no more training doctors than member doctors) is in its schema, and a group
 * has no fast check, so a group's situation always goes through it.
 */
import { describe, expect, it } from 'vitest';
import { validerSituation } from '../../src/engine/saisie.ts';
import { schemaDeStructure, verificationDeStructure } from '../../src/schemas/situation.ts';

const GROUPE = {
  structure: 'collectif',
  dateSignature: '2026-06-01',
  formeJuridique: 'sisa',
  medecinsAdherents: 3,
  etp: 2,
};

describe('schémas construits à la demande', () => {
  it('le même schéma à chaque lecture, pour chaque structure', () => {
    for (const s of ['liberal', 'centre', 'collectif'] as const) {
      const schema = schemaDeStructure[s];
      expect(schemaDeStructure[s]).toBe(schema);
      expect(Object.hasOwn(schemaDeStructure, s)).toBe(true);
    }
  });

  it('un groupe passe toujours par zod, qui garde sa règle propre', () => {
    expect(verificationDeStructure.collectif(GROUPE)).toBeNull();
    expect(validerSituation({ ...GROUPE, maitresDeStage: 3 }).ok).toBe(true);
    const refus = validerSituation({ ...GROUPE, maitresDeStage: 4 });
    expect(refus.ok).toBe(false);
    if (!refus.ok)
      expect(refus.erreurs.map((e) => e.message)).toEqual([
        'maitresDeStage : ne peut dépasser medecinsAdherents (reçu : 4)',
      ]);
  });

  it('un libéral valide passe par la vérification rapide, qui rend la même copie que zod', () => {
    const liberal = { structure: 'liberal', dateSignature: '2025-02-01', option: 'demi' };
    const rapide = verificationDeStructure.liberal(liberal);
    expect(rapide).not.toBeNull();
    expect(rapide).toEqual(schemaDeStructure.liberal.parse(liberal));
  });
});
