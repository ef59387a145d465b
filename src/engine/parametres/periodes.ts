/**
 * The dates that bound the regimes (RULES.md §1, §7), written once; every dated parameter builds
 * its validity periods from these. An end date is the day before the next start.
 */
import { joursDansMois } from '../../schemas/date-iso.ts';

/** The day before an ISO date. */
export function veille(dateIso: string): string {
  let [a, m, j] = dateIso.split('-').map(Number) as [number, number, number];
  if (j > 1) j -= 1;
  else if (m > 1) [m, j] = [m - 1, joursDansMois(a, m - 1)];
  else [a, m, j] = [a - 1, 12, 31];
  return `${String(a).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
}

const DEBUT_AVENANT7 = '2019-08-21';
const DEBUT_REGLEMENT_ARBITRAL = '2023-05-01';
const DEBUT_CONVENTION_2024 = '2024-06-22';
const DEBUT_ANCS_AVENANT3 = '2020-02-04';
/** Collective contract of a group of GPs, after validation by the CPN [non officiel]. */
const DEBUT_COLLECTIF_2026 = '2026-02-25';
/** "From November 2026": the training bonus of the collective cap [interprétation: signed from the 1st]. */
const DEBUT_BONUS_FORMATION_COLLECTIF = '2026-11-01';
/** Caps of the 2025 accord of the centres, in force for contracts signed from this date [non officiel]. */
const DEBUT_ACCORD_CENTRES_2025 = '2025-10-16';

/** From `depuis`, until the day before `avant` when given (values are dated inclusively). */
const periode = (depuis: string, avant?: string): { depuis: string; jusqua?: string } =>
  avant === undefined ? { depuis } : { depuis, jusqua: veille(avant) };

export const AVENANT7 = periode(DEBUT_AVENANT7, DEBUT_REGLEMENT_ARBITRAL);
export const REGLEMENT_ARBITRAL = periode(DEBUT_REGLEMENT_ARBITRAL, DEBUT_CONVENTION_2024);
export const CONVENTION_2024 = periode(DEBUT_CONVENTION_2024);
/** Every liberal regime. */
export const DEPUIS_AVENANT7 = periode(DEBUT_AVENANT7);
/** Amounts in force before the 2024 revaluation (avenant 7 and règlement arbitral). */
export const AVANT_CONVENTION_2024 = periode(DEBUT_AVENANT7, DEBUT_CONVENTION_2024);
/** Règlement arbitral and convention 2024. */
export const DEPUIS_REGLEMENT_ARBITRAL = periode(DEBUT_REGLEMENT_ARBITRAL);

export const ANCS_AVENANT3 = periode(DEBUT_ANCS_AVENANT3);
export const ANCS_AVANT_ACCORD_2025 = periode(DEBUT_ANCS_AVENANT3, DEBUT_ACCORD_CENTRES_2025);
export const ACCORD_CENTRES_2025 = periode(DEBUT_ACCORD_CENTRES_2025);

export const COLLECTIF_2026 = periode(DEBUT_COLLECTIF_2026);
export const COLLECTIF_AVANT_BONUS_FORMATION = periode(
  DEBUT_COLLECTIF_2026,
  DEBUT_BONUS_FORMATION_COLLECTIF,
);
export const COLLECTIF_BONUS_FORMATION = periode(DEBUT_BONUS_FORMATION_COLLECTIF);
