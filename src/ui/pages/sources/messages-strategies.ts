/** Wording of each named interpretation (strategy) on the rules and sources page. */
import type { Strategies } from '../../../engine/simulation.ts';

type TexteStrategie<K extends keyof Strategies> = {
  question: string;
  reference: string;
  choix: Readonly<Record<Strategies[K], string>>;
};

export const TEXTES_STRATEGIES = {
  tauxAnnee3Liberal: {
    question: 'Taux versé en année 3 à un médecin libéral sous 75 % d’atteinte',
    reference: 'règles, section 5\u202f; question ouverte 1',
    choix: {
      prorata: 'proportionnel à l’atteinte',
      'palier-centres': 'palier des centres\u00a0: 75 % dès 50 % d’atteinte',
    },
  },
  combinaisonIndicateurs: {
    question: 'Combinaison des atteintes en patientèle médecin traitant et en file active',
    reference: 'règles, section 5\u202f; question ouverte 2',
    choix: {
      'plus-favorable': 'la plus favorable des deux',
      moyenne: 'la moyenne des deux',
      'plus-defavorable': 'la moins favorable (les deux exigées)',
    },
  },
  maintienNonTenu: {
    question: 'Objectif de maintien non tenu (la patientèle a baissé)',
    reference: 'règles, section 5',
    choix: {
      'rapport-final-initial': 'atteinte égale à la patientèle finale rapportée à l’initiale',
      zero: 'atteinte nulle',
    },
  },
  bandeDepuisEffectifsPourFa: {
    question: 'Bande déduite des effectifs médecin traitant, pour l’objectif de file active',
    reference: 'règles, section 2',
    choix: {
      'bande-mt': 'la même bande sert aux deux indicateurs',
      aucune: 'pas de bande pour la file active',
    },
  },
  priorisationAtteinte: {
    question: 'Taux d’atteinte et patients gagnés saisis ensemble',
    reference: 'règles, section 8.1',
    choix: {
      'champ-entier': 'les taux d’atteinte priment pour toute la simulation',
      'par-annee': 'les taux d’atteinte priment année par année',
    },
  },
  arrondiObjectif: {
    question: 'Arrondi d’un objectif en nombre de patients',
    reference: 'règles, section 4',
    choix: {
      plancher: 'à l’entier inférieur',
      arrondi: 'à l’entier le plus proche',
    },
  },
} satisfies { [K in keyof Strategies]: TexteStrategie<K> };
