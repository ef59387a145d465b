/**
 * The situation: the public input of the engine, the command line and the URL.
 * Field names follow ../shared/cases/README.md (section "Situation") and are a public interface.
 */
import * as z from 'zod/mini';
import { estDateIso } from './date-iso.ts';
import { SLUGS_SPECIALITES } from './specialites.ts';

export const REGIMES_LIBERAUX = [
  'avenant7-2019',
  'reglement-arbitral-2023',
  'convention-2024',
] as const;
export const REGIMES_CENTRES = ['ancs-avenant3-2020'] as const;
export const REGIMES_COLLECTIFS = ['collectif-2026'] as const;
export const FORMES_JURIDIQUES = ['scp', 'scm', 'sisa', 'sel', 'autre'] as const;
export const SECTEURS = ['1', '2', 'non-conventionne'] as const;
export const OPTIONS = ['tiers', 'demi', 'plein', 'plein-et-demi', 'double'] as const;
export const BANDES = ['<P30', 'P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', '>=P95'] as const;
export const ANNEES_MAX = 10;

const dateIso = z.string().check(z.refine(estDateIso, { message: 'date-invalide' }));
const booleen = z.optional(z.boolean());
const entierPositif = z.optional(z.number().check(z.int(), z.gte(0)));
const nombrePositif = z.number().check(z.gte(0));

const indicateurs = z.strictObject({
  mt: z.optional(z.number()),
  fileActive: z.optional(z.number()),
});

const commun = {
  /** The user's own identifier of the row: never read by the rules, returned unchanged. */
  reference: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  dateSignature: dateIso,
  annees: z.optional(z.number().check(z.int(), z.gte(1), z.lte(ANNEES_MAX))),
  atteinte: z.optional(z.array(nombrePositif).check(z.maxLength(ANNEES_MAX))),
  realise: z.optional(z.array(indicateurs).check(z.maxLength(ANNEES_MAX))),
  objectif: z.optional(
    z.strictObject({
      mt: z.optional(nombrePositif),
      fileActive: z.optional(nombrePositif),
    }),
  ),
};

export const situationLiberaleSchema = z.strictObject({
  structure: z.literal('liberal'),
  regime: z.optional(z.enum(REGIMES_LIBERAUX)),
  ...commun,
  specialite: z.optional(z.enum(SLUGS_SPECIALITES as [string, ...string[]])),
  secteur: z.optional(z.enum(SECTEURS)),
  optam: booleen,
  option: z.optional(z.enum(OPTIONS)),
  patientele: z.optional(
    z.strictObject({
      mtAdultes: entierPositif,
      mtEnfants: entierPositif,
      fileActive: entierPositif,
    }),
  ),
  bande: z.optional(z.enum(BANDES)),
  zoneSousDense: booleen,
  exerciceRegroupe: booleen,
  exerciceCoordonne: booleen,
  nouvelInstalle: booleen,
  rqthOuAld: booleen,
  partHonorairesCliniques: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export const situationCentreSchema = z.strictObject({
  structure: z.literal('centre'),
  regime: z.optional(z.enum(REGIMES_CENTRES)),
  ...commun,
  etpGeneralistes: z.optional(nombrePositif),
  etpSpecialistes: z.optional(nombrePositif),
  patientele: z.optional(z.strictObject({ mtAdultes: entierPositif, fileActive: entierPositif })),
  nouveauCentre: booleen,
  zoneSousDense: booleen,
  assistants: z.optional(
    z
      .array(
        z.strictObject({
          anneeDebut: z.number().check(z.int(), z.gte(1), z.lte(ANNEES_MAX)),
          etp: z.number().check(z.gt(0)),
        }),
      )
      .check(z.maxLength(ANNEES_MAX)),
  ),
});

const patientsGagnes = z.optional(z.strictObject({ mt: entierPositif, fileActive: entierPositif }));

/** A group of GPs under one collective contract (RULES.md §7 bis, cases README). */
export const situationCollectifSchema = z
  .strictObject({
    structure: z.literal('collectif'),
    regime: z.optional(z.enum(REGIMES_COLLECTIFS)),
    ...commun,
    formeJuridique: z.optional(z.enum(FORMES_JURIDIQUES)),
    medecinsAdherents: z.optional(z.number().check(z.int(), z.gte(1))),
    tousGeneralistesHorsMepSecteur1OuOptam: booleen,
    patientele: patientsGagnes,
    etp: z.optional(z.number().check(z.gt(0))),
    maitresDeStage: entierPositif,
    terrainDeStageAgree: booleen,
    patientsDejaGagnes: patientsGagnes,
    contratIndividuelEnCours: booleen,
    carence: booleen,
    nouveauxInstalles: entierPositif,
  })
  .check(
    z.refine(
      (s) =>
        s.maitresDeStage === undefined ||
        s.medecinsAdherents === undefined ||
        s.maitresDeStage <= s.medecinsAdherents,
      { message: 'maitres-de-stage-au-dela', path: ['maitresDeStage'] },
    ),
  );

/** The schema of a structure (the discriminant is checked first: see erreurs.ts). */
export const schemaDeStructure = {
  liberal: situationLiberaleSchema,
  centre: situationCentreSchema,
  collectif: situationCollectifSchema,
} as const;

export const STRUCTURES = ['liberal', 'centre', 'collectif'] as const;

export type SituationLiberale = z.infer<typeof situationLiberaleSchema>;
export type SituationCentre = z.infer<typeof situationCentreSchema>;
export type SituationCollectif = z.infer<typeof situationCollectifSchema>;
export type Situation = SituationLiberale | SituationCentre | SituationCollectif;
export type Structure = Situation['structure'];
export type RegimeLiberal = (typeof REGIMES_LIBERAUX)[number];
export type RegimeCentre = (typeof REGIMES_CENTRES)[number];
export type RegimeCollectif = (typeof REGIMES_COLLECTIFS)[number];
export type RegimeId = RegimeLiberal | RegimeCentre | RegimeCollectif;
export type FormeJuridique = (typeof FORMES_JURIDIQUES)[number];
export type Secteur = (typeof SECTEURS)[number];
export type OptionId = (typeof OPTIONS)[number];
export type Bande = (typeof BANDES)[number];
