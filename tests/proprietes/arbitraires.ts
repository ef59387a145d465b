/** fast-check generators of valid situations (public format). */
import fc from 'fast-check';
import { BANDES, OPTIONS, SPECIALITES } from '../../src/engine/saisie.ts';

const jour = (debut: string, fin: string) =>
  fc
    .date({
      min: new Date(`${debut}T00:00:00Z`),
      max: new Date(`${fin}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

export const dateLiberale = jour('2019-08-21', '2035-12-31');
export const dateQuelconque = jour('2010-01-01', '2035-12-31');
export const atteintes = fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), { maxLength: 10 });

export const situationLiberale = fc.record(
  {
    structure: fc.constant('liberal' as const),
    dateSignature: dateLiberale,
    specialite: fc.constantFrom(...SPECIALITES.map((s) => s.slug), 'autre'),
    secteur: fc.constantFrom('1', '2', 'non-conventionne'),
    optam: fc.boolean(),
    option: fc.constantFrom(...OPTIONS),
    bande: fc.constantFrom(...BANDES),
    patientele: fc.record(
      { mtAdultes: fc.nat(3000), mtEnfants: fc.nat(800), fileActive: fc.nat(5000) },
      { requiredKeys: [] },
    ),
    zoneSousDense: fc.boolean(),
    exerciceRegroupe: fc.boolean(),
    exerciceCoordonne: fc.boolean(),
    nouvelInstalle: fc.boolean(),
    rqthOuAld: fc.boolean(),
    partHonorairesCliniques: fc.double({ min: 0, max: 1, noNaN: true }),
    annees: fc.integer({ min: 1, max: 10 }),
    atteinte: atteintes,
    realise: fc.array(
      fc.record(
        {
          mt: fc.integer({ min: -200, max: 800 }),
          fileActive: fc.integer({ min: -200, max: 1500 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 10 },
    ),
    objectif: fc.record({ mt: fc.nat(600), fileActive: fc.nat(900) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['structure', 'dateSignature'] },
);

export const situationCentre = fc.record(
  {
    structure: fc.constant('centre' as const),
    dateSignature: jour('2020-02-04', '2035-12-31'),
    etpGeneralistes: fc.integer({ min: 0, max: 40 }).map((x) => x / 2),
    etpSpecialistes: fc.integer({ min: 0, max: 20 }).map((x) => x / 2),
    patientele: fc.record(
      { mtAdultes: fc.nat(30000), fileActive: fc.nat(60000) },
      { requiredKeys: [] },
    ),
    nouveauCentre: fc.boolean(),
    zoneSousDense: fc.boolean(),
    assistants: fc.array(
      fc.record({
        anneeDebut: fc.integer({ min: 1, max: 10 }),
        etp: fc.integer({ min: 1, max: 12 }).map((x) => x / 4),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    annees: fc.integer({ min: 1, max: 10 }),
    atteinte: atteintes,
    realise: fc.array(
      fc.record(
        {
          mt: fc.integer({ min: -200, max: 3000 }),
          fileActive: fc.integer({ min: -200, max: 6000 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 10 },
    ),
    objectif: fc.record({ mt: fc.nat(2000), fileActive: fc.nat(4000) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['structure', 'dateSignature'] },
);

export const situation = fc.oneof(situationLiberale, situationCentre);
