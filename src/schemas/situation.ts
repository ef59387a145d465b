/**
 * The situation: the public input of the engine, the command line and the URL.
 * Field names follow ../shared/cases/README.md (section "Situation") and are a public interface;
 * each structure's schema is built from the field catalogue (champs.ts).
 */
import * as z from 'zod/mini';
import type { SituationDe } from './situation-type.ts';
import { CATALOGUE } from './champs.ts';
import type {
  BANDES,
  FORMES_JURIDIQUES,
  OPTIONS,
  REGIMES_CENTRES,
  REGIMES_COLLECTIFS,
  REGIMES_LIBERAUX,
  SECTEURS,
  Structure,
} from './codes.ts';
import { REFUS, verificationRapide } from './verification-rapide.ts';
import { schemaDesChamps } from './zod-champs.ts';

export * from './codes.ts';

type Champs = (typeof CATALOGUE)[number];

export type SituationLiberale = SituationDe<Champs, 'liberal'>;
export type SituationCentre = SituationDe<Champs, 'centre'>;
export type SituationCollectif = SituationDe<Champs, 'collectif'>;

/** A structure's schema: its situation's type, and the shape of its top level (lot.html's links). */
type SchemaSituation<T> = z.ZodMiniType<T> & {
  _zod: { def: { shape: Readonly<Record<string, z.ZodMiniType>> } };
};

const schemaDe = <T>(structure: Structure) =>
  schemaDesChamps(CATALOGUE, structure) as unknown as SchemaSituation<T>;

export const situationLiberaleSchema = schemaDe<SituationLiberale>('liberal');
export const situationCentreSchema = schemaDe<SituationCentre>('centre');

/** A group of GPs under one collective contract (RULES.md §7 bis, cases README). */
export const situationCollectifSchema = schemaDe<SituationCollectif>('collectif').check(
  z.refine(
    (s) =>
      s.maitresDeStage === undefined ||
      s.medecinsAdherents === undefined ||
      s.maitresDeStage <= s.medecinsAdherents,
    { message: 'maitres-de-stage-au-dela', path: ['maitresDeStage'] },
  ),
) as SchemaSituation<SituationCollectif>;

/** The schema of a structure (the discriminant is checked first: see erreurs.ts). */
export const schemaDeStructure = {
  liberal: situationLiberaleSchema,
  centre: situationCentreSchema,
  collectif: situationCollectifSchema,
} as const;

/**
 * A structure's valid situation as its schema would return it, or null when the fast check
 * (verification-rapide.ts) is not sure: zod then decides and explains. A schema with checks of its
 * own beyond the catalogue (the group's) has no fast check.
 */
export const verificationDeStructure: Readonly<Record<Structure, (entree: unknown) => unknown>> =
  Object.fromEntries(
    (Object.keys(schemaDeStructure) as Structure[]).map((s) => {
      const avecRegles = (schemaDeStructure[s]._zod.def.checks?.length ?? 0) > 0;
      const rapide = avecRegles ? () => REFUS : verificationRapide(CATALOGUE, s);
      return [
        s,
        (entree: unknown) => {
          const copie = rapide(entree);
          return copie === REFUS ? null : copie;
        },
      ];
    }),
  ) as Record<Structure, (entree: unknown) => unknown>;

export type Situation = SituationLiberale | SituationCentre | SituationCollectif;
export type RegimeLiberal = (typeof REGIMES_LIBERAUX)[number];
export type RegimeCentre = (typeof REGIMES_CENTRES)[number];
export type RegimeCollectif = (typeof REGIMES_COLLECTIFS)[number];
export type RegimeId = RegimeLiberal | RegimeCentre | RegimeCollectif;
export type FormeJuridique = (typeof FORMES_JURIDIQUES)[number];
export type Secteur = (typeof SECTEURS)[number];
export type OptionId = (typeof OPTIONS)[number];
export type Bande = (typeof BANDES)[number];
