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

/**
 * Rules of a structure's situation beyond its fields, checked by its zod schema; a structure that
 * has some gets no fast check (its valid situations go through zod). The group: no more training
 * doctors than member doctors (RULES.md §7 bis, cases README).
 */
const REGLES_EN_PLUS: Partial<Record<Structure, z.core.$ZodCheck<SituationCollectif>>> = {
  collectif: z.refine(
    (s: SituationCollectif) =>
      s.maitresDeStage === undefined ||
      s.medecinsAdherents === undefined ||
      s.maitresDeStage <= s.medecinsAdherents,
    { message: 'maitres-de-stage-au-dela', path: ['maitresDeStage'] },
  ),
};

/** Built on first use, then kept: a run that reads no invalid situation never builds zod's. */
function uneFois<T>(construire: () => T): () => T {
  let valeur: T | undefined;
  return () => (valeur ??= construire());
}

const construits = {
  liberal: uneFois(() => schemaDe<SituationLiberale>('liberal')),
  centre: uneFois(() => schemaDe<SituationCentre>('centre')),
  collectif: uneFois(
    () =>
      schemaDe<SituationCollectif>('collectif').check(
        REGLES_EN_PLUS.collectif!,
      ) as SchemaSituation<SituationCollectif>,
  ),
};

/** The schema of a structure (the discriminant is checked first: see erreurs.ts), built on first use. */
export const schemaDeStructure: {
  readonly liberal: SchemaSituation<SituationLiberale>;
  readonly centre: SchemaSituation<SituationCentre>;
  readonly collectif: SchemaSituation<SituationCollectif>;
} = {
  get liberal() {
    return construits.liberal();
  },
  get centre() {
    return construits.centre();
  },
  get collectif() {
    return construits.collectif();
  },
};

/**
 * A structure's valid situation as its schema would return it, or null when the fast check
 * (verification-rapide.ts) is not sure: zod then decides and explains. A structure with rules of
 * its own beyond the catalogue (REGLES_EN_PLUS) has no fast check.
 */
export const verificationDeStructure: Readonly<Record<Structure, (entree: unknown) => unknown>> =
  Object.fromEntries(
    (Object.keys(construits) as Structure[]).map((s) => {
      const rapide = uneFois(() =>
        REGLES_EN_PLUS[s] ? () => REFUS : verificationRapide(CATALOGUE, s),
      );
      return [
        s,
        (entree: unknown) => {
          const copie = rapide()(entree);
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
