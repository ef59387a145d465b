/**
 * Ceilings of the aid for liberal doctors, € per contract year (RULES.md §2). Looked up on the
 * start date of the contract year (never before the contract regime's own start): this carries
 * the 2024 revaluation at contract anniversaries (ameli.fr, 27 June 2024).
 */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { AVANT_CONVENTION_2024, CONVENTION_2024 } from './periodes.ts';

/** The revalued ⅓ row has no year-1 amount: the previous row's still applies. */
export const LIGNE_PRECEDENTE = 'ligne-precedente';
/** ≥ P95 without an amount of its own: the doctor keeps the year-1 amount (seed 000). */
export const MONTANT_ANNEE_1 = 'montant-annee-1';

export interface LigneMontants {
  /** Year 1, or the previous row's year-1 amount. */
  a1: number | typeof LIGNE_PRECEDENTE;
  a2: number;
  a3: number;
  /** Replaces a3 from year 3 for a patientèle in band P90–P95. */
  majorationP90: number;
  /**
   * Paid every year for a patientèle at or above P95: the year-1 amount (seed 000), except the
   * revalued ⅓ row which has its own (12,600, year 1 included).
   */
  p95: number | typeof MONTANT_ANNEE_1;
}

export type OptionFinancee = 'tiers' | 'demi' | 'plein';

/** 1 ETP under the convention 2024; the collective contract pays the same per ETP (collectif.ts). */
export const PLEIN_CONVENTION_2024 = {
  a1: 38000,
  a2: 28000,
  a3: 22000,
  majorationP90: 26000,
  p95: MONTANT_ANNEE_1,
} as const satisfies LigneMontants;

/** ½ and 1 ETP: the 2019–2023 row (seeds, ameli 2023), then the revalued row (ameli, June 2024). */
function anciensEtRevalorises(
  option: OptionFinancee,
  libelle: string,
  lignes: { avant: LigneMontants; apres: LigneMontants },
): Parametre<LigneMontants> {
  return {
    id: `montants.liberal.${option}`,
    libelle,
    verifieLe: VERIFIE_LE,
    valeurs: [
      {
        ...AVANT_CONVENTION_2024,
        valeur: lignes.avant,
        sources: ['seed-000', 'seed-004', 'ameli-2023-05'],
        confiance: ['seed', 'officiel'],
      },
      {
        ...CONVENTION_2024,
        valeur: lignes.apres,
        sources: ['ameli-2024-06'],
        confiance: ['officiel'],
      },
    ],
  };
}

export const montantsLiberaux: Record<OptionFinancee, Parametre<LigneMontants>> = {
  tiers: {
    id: 'montants.liberal.tiers',
    libelle: 'Aide pour ⅓ ETP d’assistant médical (option 1)',
    verifieLe: VERIFIE_LE,
    valeurs: [
      {
        ...AVANT_CONVENTION_2024,
        valeur: { a1: 12000, a2: 9000, a3: 7000, majorationP90: 8350, p95: MONTANT_ANNEE_1 },
        sources: ['seed-000', 'seed-004'],
        confiance: ['seed'],
      },
      {
        ...CONVENTION_2024,
        valeur: { a1: LIGNE_PRECEDENTE, a2: 9450, a3: 7350, majorationP90: 8767, p95: 12600 },
        sources: ['ameli-2024-06'],
        confiance: ['officiel'],
        note: 'Ligne revalorisée des anciens contrats ⅓ ETP : pas de montant d’année 1 (l’année 1 garde 12 000 €).',
      },
    ],
  },
  demi: anciensEtRevalorises('demi', 'Aide pour ½ ETP d’assistant médical', {
    avant: { a1: 18000, a2: 13500, a3: 10500, majorationP90: 12500, p95: MONTANT_ANNEE_1 },
    apres: { a1: 19000, a2: 14000, a3: 11000, majorationP90: 13000, p95: MONTANT_ANNEE_1 },
  }),
  plein: anciensEtRevalorises('plein', 'Aide pour 1 ETP d’assistant médical', {
    avant: { a1: 36000, a2: 27000, a3: 21000, majorationP90: 25000, p95: MONTANT_ANNEE_1 },
    apres: PLEIN_CONVENTION_2024,
  }),
};
