/**
 * Caps of assistant ETP of a centre de santé: avenant 3 (2020, seed 003), then the 2025 accord
 * (RULES.md §7 and §8.1). Kept apart from the amounts: the wizard reads them (whether to ask
 * about an under-served zone) without loading the rules.
 */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { ACCORD_CENTRES_2025, ANCS_AVANT_ACCORD_2025 } from './periodes.ts';

export interface PlafondsAssistants {
  /** ETP of assistant per doctor ETP. */
  parEtpMedecin: number;
  /** Per centre; `null` in an under-served zone = no cap. */
  parCentre: number;
  parCentreZoneSousDense: number | null;
}

export const plafondsAssistantsCentres: Parametre<PlafondsAssistants> = {
  id: 'centres.plafonds',
  libelle: 'Plafonds d’ETP d’assistants médicaux d’un centre (selon la date de signature)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...ANCS_AVANT_ACCORD_2025,
      valeur: { parEtpMedecin: 0.5, parCentre: 4, parCentreZoneSousDense: 4 },
      sources: ['seed-003'],
      confiance: ['seed'],
    },
    {
      ...ACCORD_CENTRES_2025,
      valeur: { parEtpMedecin: 0.5, parCentre: 8, parCentreZoneSousDense: null },
      sources: ['fncs-presse'],
      confiance: ['non-officiel'],
    },
  ],
};
