/**
 * Catalogue of medical specialties (CNAM nomenclature of liberal doctors' specialties), with the
 * slugs of the public format, and the specialty lists the rules read (RULES.md §3.3, §3.4, §8.1).
 */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { AVENANT7, CONVENTION_2024, DEPUIS_REGLEMENT_ARBITRAL } from './periodes.ts';

export { SPECIALITES, type Specialite } from '../../schemas/specialites.ts';

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
