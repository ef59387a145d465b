/** Options open by regime (RULES.md §2 and §2.1): ⅓ ETP closed from 1 May 2023; second assistant from 2024. */
import type { OptionId } from '../../schemas/index.ts';
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';

export const optionsOuvertes: Parametre<readonly OptionId[]> = {
  id: 'options.ouvertes',
  libelle: 'Options de temps d’assistant ouvertes aux nouveaux contrats',
  verifieLe: VERIFIE_LE,
  valeurs: [
    { depuis: '2019-08-21', jusqua: '2023-04-30', valeur: ['tiers', 'demi', 'plein'], sources: ['seed-000'], confiance: ['seed'] },
    { depuis: '2023-05-01', jusqua: '2024-06-21', valeur: ['demi', 'plein'], sources: ['ameli-2023-05'], confiance: ['officiel'] },
    { depuis: '2024-06-22', valeur: ['demi', 'plein', 'plein-et-demi', 'double'], sources: ['ameli-modalites'], confiance: ['officiel'] },
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
