/**
 * Payment calendar (RULES.md §6 for liberal doctors, §7.5 for centres): when each part of a
 * contract year's amount is paid. Liberal: seed 000 for the 70 % advance of avenant 7, the rest
 * from an unofficial source (djibe); centres: seed 003 (FNCS). Dates are deadlines ("au plus
 * tard"); where the texts give none, the choice is an [interprétation] of this project.
 */
import type { Confiance, Parametre, SourceId } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { ANCS_AVENANT3, AVENANT7, DEPUIS_REGLEMENT_ARBITRAL } from './periodes.ts';

/** Where an instalment's date is counted from. */
export type Ancre = 'recrutement' | 'debut-annee' | 'fin-annee';

export interface Echeance {
  /** Share of the year's amount (the last instalment of a year takes the remainder in cents). */
  part: number;
  nature: 'avance' | 'solde' | 'versement';
  ancre: Ancre;
  /** Delay after the anchor. */
  mois?: number;
  jours?: number;
  sources: readonly SourceId[];
  confiance: readonly Confiance[];
  note: string;
}

export interface CalendrierLiberal {
  annee1: readonly Echeance[];
  annee2: readonly Echeance[];
  /** Years 3 and later. */
  suivantes: readonly Echeance[];
}

const RECRUTEMENT_15_JOURS = 15;

type Origine = Pick<Echeance, 'sources' | 'confiance'>;

const SEED_003: Origine = { sources: ['seed-003'], confiance: ['seed'] };

/** One instalment, its fields in the order they are read and shown. */
const echeance = (
  part: number,
  nature: Echeance['nature'],
  ancre: Ancre,
  delai: Pick<Echeance, 'mois' | 'jours'>,
  origine: Origine,
  note: string,
): Echeance => ({ part, nature, ancre, ...delai, ...origine, note });

/** Year 1 of avenant 7 and of centres: 70 % within 15 days of the recruitment. */
const avanceAuRecrutement = (origine: Origine, note: string): Echeance =>
  echeance(0.7, 'avance', 'recrutement', { jours: RECRUTEMENT_15_JOURS }, origine, note);

/** [interprétation] Years 3 and later: half six months into the year, half at its end. */
const DEUX_MOITIES: readonly Echeance[] = [
  echeance(
    0.5,
    'avance',
    'debut-annee',
    { mois: 6 },
    { sources: ['djibe', 'rules-md'], confiance: ['non-officiel', 'interpretation'] },
    'Premier versement de 50 % : date choisie au milieu de l’année de contrat (aucun texte lu ne la fixe).',
  ),
  echeance(
    0.5,
    'solde',
    'fin-annee',
    {},
    { sources: ['djibe', 'rules-md'], confiance: ['non-officiel', 'interpretation'] },
    'Second versement de 50 % : date choisie à la fin de l’année de contrat, après le constat de l’atteinte des objectifs.',
  ),
];

/** Year 2 of the later regimes, in full at the first anniversary [non officiel]. */
const ANNEE2_ANNIVERSAIRE: readonly Echeance[] = [
  echeance(
    1,
    'versement',
    'debut-annee',
    {},
    { sources: ['djibe'], confiance: ['non-officiel'] },
    'Année 2 versée en une fois à la date anniversaire du contrat.',
  ),
];

export const calendrierLiberal: Parametre<CalendrierLiberal> = {
  id: 'calendrier.liberal',
  libelle: 'Calendrier des versements de l’aide (médecins libéraux)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      valeur: {
        annee1: [
          avanceAuRecrutement(
            { sources: ['seed-000', 'arrete-2019'], confiance: ['seed'] },
            'Avance de 70 % dans les 15 jours suivant le recrutement de l’assistant.',
          ),
          echeance(
            0.3,
            'solde',
            'fin-annee',
            {},
            { sources: ['djibe'], confiance: ['non-officiel'] },
            'Solde de 30 % à la date anniversaire du contrat.',
          ),
        ],
        // RULES.md is silent on avenant 7 from year 2: same as the later regimes [interprétation].
        annee2: ANNEE2_ANNIVERSAIRE.map((e) => ({
          ...e,
          sources: [...e.sources, 'rules-md'],
          confiance: [...e.confiance, 'interpretation'],
          note: `${e.note} Pour l’avenant 7, aucun texte lu ne le précise : calendrier des régimes suivants retenu.`,
        })),
        suivantes: DEUX_MOITIES,
      },
      sources: ['seed-000', 'djibe', 'rules-md'],
      confiance: ['seed', 'non-officiel', 'interpretation'],
    },
    {
      ...DEPUIS_REGLEMENT_ARBITRAL,
      valeur: {
        annee1: [
          echeance(
            1,
            'versement',
            'debut-annee',
            { mois: 1 },
            { sources: ['djibe'], confiance: ['non-officiel'] },
            'Année 1 versée en une fois, au plus tard dans le mois qui suit la signature.',
          ),
        ],
        annee2: ANNEE2_ANNIVERSAIRE,
        suivantes: DEUX_MOITIES,
      },
      sources: ['djibe', 'rules-md'],
      confiance: ['non-officiel', 'interpretation'],
    },
  ],
};

export interface CalendrierCentres {
  annee1: readonly Echeance[];
  annee2: readonly Echeance[];
  /** Portion years 3 and later: advances decided by the achievement (RULES.md §7.5). */
  suivantes: {
    /** Achievement needed for the full advance: year 3, then years 4 and later. */
    seuilAnnee3: number;
    seuilSuivantes: number;
    avancePleine: number;
    avanceReduite: number;
    /** Second advance, paid some months after the first when the threshold is then reached. */
    complement: number;
    delaiAvanceMois: number;
    delaiComplementMois: number;
    delaiSoldeMois: number;
  };
}

export const calendrierCentres: Parametre<CalendrierCentres> = {
  id: 'calendrier.centres',
  libelle: 'Calendrier des versements de l’aide (centres de santé, par recrutement)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...ANCS_AVENANT3,
      valeur: {
        annee1: [
          avanceAuRecrutement(
            SEED_003,
            'Avance de 70 % 15 jours après la réception des justificatifs de recrutement.',
          ),
          echeance(0.3, 'solde', 'fin-annee', {}, SEED_003, 'Solde de 30 % au 1er anniversaire.'),
        ],
        annee2: [
          echeance(
            0.7,
            'avance',
            'debut-annee',
            {},
            SEED_003,
            'Avance de 70 % au 1er anniversaire.',
          ),
          echeance(0.3, 'solde', 'fin-annee', {}, SEED_003, 'Solde de 30 % au 2e anniversaire.'),
        ],
        suivantes: {
          seuilAnnee3: 0.5,
          seuilSuivantes: 0.7,
          avancePleine: 0.7,
          avanceReduite: 0.5,
          complement: 0.2,
          delaiAvanceMois: 2,
          delaiComplementMois: 6,
          delaiSoldeMois: 2,
        },
      },
      ...SEED_003,
    },
  ],
};
