/**
 * Catalogue of medical specialties (CNAM nomenclature of liberal doctors' specialties), with the
 * slugs of the public format, and the specialty lists the rules read (RULES.md §3.3, §3.4, §8.1).
 */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { AVENANT7, CONVENTION_2024, DEPUIS_REGLEMENT_ARBITRAL } from './periodes.ts';

export interface Specialite {
  slug: string;
  libelle: string;
}

export const SPECIALITES: readonly Specialite[] = [
  { slug: 'medecine-generale', libelle: 'Médecine générale' },
  { slug: 'mep', libelle: 'Médecin à exercice particulier (MEP)' },
  { slug: 'allergologie', libelle: 'Allergologie' },
  { slug: 'anatomo-cytopathologie', libelle: 'Anatomie et cytologie pathologiques' },
  { slug: 'anesthesie-reanimation', libelle: 'Anesthésie-réanimation' },
  { slug: 'biologie-medicale', libelle: 'Biologie médicale' },
  { slug: 'cardiologie', libelle: 'Cardiologie et maladies vasculaires' },
  { slug: 'chirurgie-generale', libelle: 'Chirurgie générale' },
  { slug: 'chirurgie-infantile', libelle: 'Chirurgie infantile (pédiatrique)' },
  { slug: 'chirurgie-maxillo-faciale', libelle: 'Chirurgie maxillo-faciale' },
  { slug: 'chirurgie-orale', libelle: 'Chirurgie orale' },
  { slug: 'chirurgie-orthopedique', libelle: 'Chirurgie orthopédique et traumatologie' },
  { slug: 'chirurgie-plastique', libelle: 'Chirurgie plastique, reconstructrice et esthétique' },
  {
    slug: 'chirurgie-thoracique-cardiovasculaire',
    libelle: 'Chirurgie thoracique et cardio-vasculaire',
  },
  { slug: 'chirurgie-urologique', libelle: 'Chirurgie urologique (urologie)' },
  { slug: 'chirurgie-vasculaire', libelle: 'Chirurgie vasculaire' },
  { slug: 'chirurgie-viscerale', libelle: 'Chirurgie viscérale et digestive' },
  { slug: 'dermatologie', libelle: 'Dermatologie et vénérologie' },
  { slug: 'endocrinologie', libelle: 'Endocrinologie, diabétologie et maladies métaboliques' },
  { slug: 'gastro-enterologie', libelle: 'Gastro-entérologie et hépatologie' },
  { slug: 'genetique-medicale', libelle: 'Génétique médicale' },
  { slug: 'geriatrie', libelle: 'Gériatrie' },
  { slug: 'gynecologie-medicale', libelle: 'Gynécologie médicale' },
  { slug: 'gynecologie-obstetrique', libelle: 'Gynécologie-obstétrique' },
  { slug: 'hematologie', libelle: 'Hématologie' },
  { slug: 'maladies-infectieuses', libelle: 'Maladies infectieuses et tropicales' },
  { slug: 'medecine-intensive-reanimation', libelle: 'Médecine intensive-réanimation' },
  { slug: 'medecine-interne', libelle: 'Médecine interne et immunologie clinique' },
  { slug: 'medecine-legale', libelle: 'Médecine légale et expertises médicales' },
  { slug: 'medecine-nucleaire', libelle: 'Médecine nucléaire' },
  { slug: 'medecine-physique-readaptation', libelle: 'Médecine physique et de réadaptation' },
  { slug: 'medecine-urgence', libelle: 'Médecine d’urgence' },
  { slug: 'medecine-vasculaire', libelle: 'Médecine vasculaire' },
  { slug: 'nephrologie', libelle: 'Néphrologie' },
  { slug: 'neurochirurgie', libelle: 'Neurochirurgie' },
  { slug: 'neurologie', libelle: 'Neurologie' },
  { slug: 'neuropsychiatrie', libelle: 'Neuropsychiatrie' },
  { slug: 'obstetrique', libelle: 'Obstétrique' },
  { slug: 'oncologie-medicale', libelle: 'Oncologie médicale' },
  { slug: 'ophtalmologie', libelle: 'Ophtalmologie' },
  { slug: 'orl', libelle: 'Oto-rhino-laryngologie et chirurgie cervico-faciale (ORL)' },
  { slug: 'pediatrie', libelle: 'Pédiatrie' },
  { slug: 'pneumologie', libelle: 'Pneumologie' },
  { slug: 'psychiatrie', libelle: 'Psychiatrie' },
  { slug: 'psychiatrie-enfant', libelle: 'Psychiatrie de l’enfant et de l’adolescent' },
  { slug: 'radiologie', libelle: 'Radiologie et imagerie médicale' },
  { slug: 'radiotherapie', libelle: 'Radiothérapie (oncologie radiothérapique)' },
  { slug: 'rhumatologie', libelle: 'Rhumatologie' },
  { slug: 'sante-publique', libelle: 'Santé publique et médecine sociale' },
  { slug: 'stomatologie', libelle: 'Stomatologie' },
];

/** A list of slugs; `chirurgie-*` stands for every slug with that prefix. */
export type ListeSpecialites = readonly string[];

export function appartient(slug: string, liste: ListeSpecialites): boolean {
  return liste.some((motif) =>
    motif.endsWith('*') ? slug.startsWith(motif.slice(0, -1)) : slug === motif,
  );
}

const liste = (
  id: string,
  libelle: string,
  depuis: string,
  valeur: ListeSpecialites,
  sources: Parametre<ListeSpecialites>['valeurs'][0]['sources'],
  confiance: Parametre<ListeSpecialites>['valeurs'][0]['confiance'],
  jusqua?: string,
): Parametre<ListeSpecialites> => ({
  id,
  libelle,
  verifieLe: VERIFIE_LE,
  valeurs: [{ depuis, ...(jusqua ? { jusqua } : {}), valeur, sources, confiance }],
});

/** GPs and MEP: médecin-traitant floor, MT and FA indicators (MEP: no second assistant). */
export const GENERALISTES: ListeSpecialites = ['medecine-generale', 'mep'];

export const avenant7TerritoireEntier = liste(
  'specialites.avenant7.territoire',
  'Spécialités éligibles sur tout le territoire (avenant 7, liste connue)',
  AVENANT7.depuis,
  [
    'medecine-generale',
    'mep',
    'pediatrie',
    'cardiologie',
    'gynecologie-medicale',
    'gynecologie-obstetrique',
    'gastro-enterologie',
    'ophtalmologie',
    'psychiatrie',
    'medecine-vasculaire',
  ],
  ['seed-000', 'seed-001'],
  ['seed'],
  AVENANT7.jusqua,
);

export const avenant7ZoneSousDense = liste(
  'specialites.avenant7.zone',
  'Spécialités éligibles en zone sous-dense seulement (avenant 7, liste connue)',
  AVENANT7.depuis,
  ['anesthesie-reanimation', 'chirurgie-*', 'radiologie'],
  ['seed-000'],
  ['seed'],
  AVENANT7.jusqua,
);

export const specialitesExclues = liste(
  'specialites.exclues',
  'Spécialités exclues du dispositif (règlement arbitral, convention 2024)',
  DEPUIS_REGLEMENT_ARBITRAL.depuis,
  [
    'radiologie',
    'radiotherapie',
    'stomatologie',
    'anesthesie-reanimation',
    'anatomo-cytopathologie',
    'medecine-nucleaire',
  ],
  ['ameli-2024-11'],
  ['officiel'],
);

export const specialitesHonorairesCliniques = liste(
  'specialites.honoraires-cliniques',
  'Spécialités soumises à la règle des 80 % d’honoraires cliniques',
  DEPUIS_REGLEMENT_ARBITRAL.depuis,
  ['chirurgie-*', 'orl', 'gynecologie-obstetrique', 'gynecologie-medicale'],
  ['ameli-2024-11'],
  ['officiel'],
);

/** From the règlement arbitral, paediatricians also have the MT indicator (seed 002). */
export const specialitesDoubleIndicateur = {
  id: 'specialites.double-indicateur',
  libelle: 'Spécialités dont l’objectif porte sur la patientèle médecin traitant et la file active',
  verifieLe: VERIFIE_LE,
  valeurs: [
    { ...AVENANT7, valeur: GENERALISTES, sources: ['seed-000'], confiance: ['seed'] },
    {
      ...DEPUIS_REGLEMENT_ARBITRAL,
      valeur: [...GENERALISTES, 'pediatrie'],
      sources: ['seed-002'],
      confiance: ['seed'],
    },
  ],
} satisfies Parametre<ListeSpecialites>;

/** Second assistant: GPs only, MEP excluded (RULES.md §2.1, §8.1). */
export const specialitesSecondAssistant = liste(
  'specialites.second-assistant',
  'Spécialités ouvertes au second assistant (1,5 ou 2 ETP)',
  CONVENTION_2024.depuis,
  ['medecine-generale'],
  ['ameli-modalites'],
  ['officiel'],
);
