import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simuler } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { situation } from './arbitraires.ts';

const CHAMPS = [
  'structure',
  'dateSignature',
  'regime',
  'annees',
  'atteinte',
  'realise',
  'objectif',
  'specialite',
  'secteur',
  'optam',
  'option',
  'patientele',
  'bande',
  'zoneSousDense',
  'nouvelInstalle',
  'partHonorairesCliniques',
  'etpGeneralistes',
  'assistants',
];
const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    1e308,
    -0,
    0.5,
    '',
    ' ',
    '2024-02-30',
    '0000-00-00',
    null,
    [],
    {},
    true,
  ),
  fc.string({ maxLength: 50 }),
  fc.double(),
);

function verifier(entree: unknown): void {
  const v = validerSituation(entree);
  if (v.ok) {
    const r = simuler(v.situation);
    expect(['eligible', 'ineligible', 'a-confirmer', 'incomplet']).toContain(r.eligibilite.statut);
    return;
  }
  expect(v.erreurs.length).toBeGreaterThan(0);
  for (const e of v.erreurs) {
    expect(e.champ.length).toBeGreaterThan(0);
    expect(e.message.startsWith(`${e.champ} : `)).toBe(true);
    expect(e.message).not.toMatch(/Invalid input|Expected|undefined/);
  }
}

describe('fuzz de la validation (entrées aléatoires et hostiles)', () => {
  it('n’importe quelle valeur JSON : jamais d’exception, un message français qui nomme le champ', () => {
    fc.assert(fc.property(fc.anything(), verifier), { numRuns: 500 });
  });

  it('une situation valide dont un champ est remplacé par une valeur hostile', () => {
    fc.assert(
      fc.property(situation, fc.constantFrom(...CHAMPS), hostile, (s, champ, valeur) => {
        verifier({ ...s, [champ]: valeur });
      }),
      { numRuns: 1000 },
    );
  });

  it('imbrication profonde, chaînes de 10 Mo, clés inconnues en nombre', () => {
    let profond: unknown = 1;
    for (let i = 0; i < 5000; i++) profond = { patientele: profond };
    verifier({ structure: 'liberal', dateSignature: '2025-01-01', patientele: profond });
    const enorme = 'x'.repeat(10 * 1024 * 1024);
    const v = validerSituation({ structure: 'liberal', dateSignature: enorme, specialite: enorme });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.erreurs.every((e) => e.message.length < 400)).toBe(true);
    const cles = Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`cle${i}`, i]));
    verifier({ structure: 'centre', dateSignature: '2025-01-01', ...cles });
  });

  it('__proto__ et constructor sont des champs inconnus, sans pollution', () => {
    const v = validerSituation(
      JSON.parse(
        '{"structure":"liberal","dateSignature":"2025-01-01","__proto__":{"pollue":1},"constructor":1}',
      ),
    );
    expect(v.ok).toBe(false);
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
  });
});
