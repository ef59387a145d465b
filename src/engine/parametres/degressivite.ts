/** Liberal doctors' payment rate (RULES.md §5, seed 000): full from 75 % in year 3, prorata otherwise. */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { DEPUIS_AVENANT7 } from './periodes.ts';

export interface DegressiviteLiberale {
  /** Years up to this one are paid in full (observation). */
  anneesObservation: number;
  /** Year-3 achievement at or above this keeps the full amount. */
  seuilPleinAnnee3: number;
}

export const degressiviteLiberale: Parametre<DegressiviteLiberale> = {
  id: 'liberal.degressivite',
  libelle: 'Taux de versement selon l’atteinte de l’objectif (médecins libéraux)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...DEPUIS_AVENANT7,
      valeur: { anneesObservation: 2, seuilPleinAnnee3: 0.75 },
      sources: ['seed-000'],
      confiance: ['seed'],
    },
  ],
};

/** Year 3 below 75 %: the rule is not written; the prorata is this project's choice (§10, question 1). */
export const annee3SousSeuilLiberal: Parametre<'prorata'> = {
  id: 'liberal.degressivite.annee3-sous-seuil',
  libelle: 'Année 3 sous 75 % d’atteinte (médecins libéraux) : versement au prorata de l’atteinte',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...DEPUIS_AVENANT7,
      valeur: 'prorata',
      sources: ['seed-000', 'rules-md'],
      confiance: ['interpretation'],
      note: 'Interprétation de « une dégressivité est appliquée selon le taux d’objectif atteint ».',
    },
  ],
};
