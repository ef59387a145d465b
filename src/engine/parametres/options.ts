/** Options open by regime (RULES.md §2 and §2.1): ⅓ ETP closed from 1 May 2023; second assistant from 2024. */
import type { OptionId } from '../../schemas/index.ts';
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { AVENANT7, CONVENTION_2024, REGLEMENT_ARBITRAL } from './periodes.ts';

export const optionsOuvertes: Parametre<readonly OptionId[]> = {
  id: 'options.ouvertes',
  libelle: 'Options de temps d’assistant ouvertes aux nouveaux contrats',
  verifieLe: VERIFIE_LE,
  valeurs: [
    { ...AVENANT7, valeur: ['tiers', 'demi', 'plein'], sources: ['seed-000'], confiance: ['seed'] },
    {
      ...REGLEMENT_ARBITRAL,
      valeur: ['demi', 'plein'],
      sources: ['ameli-2023-05'],
      confiance: ['officiel'],
    },
    {
      ...CONVENTION_2024,
      valeur: ['demi', 'plein', 'plein-et-demi', 'double'],
      sources: ['ameli-modalites'],
      confiance: ['officiel'],
    },
  ],
};

/** ETP of assistant per option (for display and comparisons). */
export const ETP_OPTION: Record<OptionId, number> = {
  tiers: 1 / 3,
  demi: 0.5,
  plein: 1,
  'plein-et-demi': 1.5,
  double: 2,
};
