/**
 * Patientèle thresholds of general practitioners (RULES.md §3.2 and §8.1). Looked up on the
 * contract regime's start date. The P30 changes with the regime; P50 is the only value known
 * (distribution at 31 Dec 2021) and serves every regime; P90 and P95 place a GP under avenant 7 only.
 */
import { seuilDe, type Bareme } from './bareme.ts';
import { valeurAu, type Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { AVENANT7, DEPUIS_AVENANT7, DEPUIS_REGLEMENT_ARBITRAL } from './periodes.ts';

export interface SeuilP30 {
  seuil: number;
  /** `true`: more than the threshold (avenant 7); `false`: at or above it. */
  strict: boolean;
  /** Which count is compared: MT adults only, or MT adults + children. */
  mesure: 'mtAdultes' | 'mtAdultesEtEnfants';
}

export const p30Generalistes: Parametre<SeuilP30> = {
  id: 'seuils.generalistes.p30',
  libelle: 'Plancher d’activité (P30) des médecins généralistes, patientèle médecin traitant',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      valeur: { seuil: 640, strict: true, mesure: 'mtAdultes' },
      sources: ['seed-000'],
      confiance: ['seed'],
    },
    {
      ...DEPUIS_REGLEMENT_ARBITRAL,
      valeur: { seuil: 775, strict: false, mesure: 'mtAdultesEtEnfants' },
      sources: ['jhp-2023'],
      confiance: ['officiel', 'interpretation'],
      note: 'Valeur officielle (distribution au 31/12/2021) ; « au moins » (et non « plus de ») est une interprétation.',
    },
  ],
};

const seuilUnique = (
  id: string,
  libelle: string,
  valeur: number,
  sources: Parametre<number>['valeurs'][0]['sources'],
): Parametre<number> => ({
  id,
  libelle,
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...DEPUIS_AVENANT7,
      valeur,
      sources,
      confiance: ['non-officiel'],
      note: 'Seule valeur connue, appliquée à tous les régimes.',
    },
  ],
});

export const p50GeneralistesMt = seuilUnique(
  'seuils.generalistes.p50.mt',
  'P50 des médecins généralistes, patientèle médecin traitant',
  1045,
  ['djibe'],
);
export const p50GeneralistesFa = seuilUnique(
  'seuils.generalistes.p50.fa',
  'P50 des médecins généralistes, file active',
  1514,
  ['djibe'],
);
/**
 * P90 and P95 from counts (RULES.md §3.2, revised 2026-11): 1,503 and 1,721 counted *adult* MT
 * patients (one unofficial source of 2023, withdrawn in Dec 2024) and fit the avenant-7 ladder only.
 * From the règlement arbitral the measure is adults + children on the 31 Dec 2021 distribution,
 * whose P90 is well above: counts never place a GP in a majoration band (`null`), the CPAM states it.
 */
const seuilAvenant7Seulement = (
  id: string,
  libelle: string,
  valeur: number,
): Parametre<number | null> => ({
  id,
  libelle,
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      valeur,
      sources: ['djibe'],
      confiance: ['non-officiel'],
      note: 'Patientèle médecin traitant adulte (source non officielle de 2023, retirée en décembre 2024).',
    },
    {
      ...DEPUIS_REGLEMENT_ARBITRAL,
      valeur: null,
      sources: ['rules-md'],
      confiance: ['interpretation'],
      note: 'Aucun seuil connu sur la patientèle adultes + enfants : la bande de majoration est celle qu’indique la CPAM.',
    },
  ],
});

export const p90GeneralistesMt = seuilAvenant7Seulement(
  'seuils.generalistes.p90.mt',
  'P90 des médecins généralistes, patientèle médecin traitant',
  1503,
);
export const p95GeneralistesMt = seuilAvenant7Seulement(
  'seuils.generalistes.p95.mt',
  'P95 des médecins généralistes, patientèle médecin traitant',
  1721,
);

/** The bands a GP's MT count places in (from counts, P50–P90 cannot be split: P70 is unknown). */
export type BandeEffectifs = '<P30' | 'P30-P50' | 'P50-P90' | 'P90-P95' | '>=P95';

/** GP bands from the MT count (RULES.md §3.2): P30 (strict under avenant 7), P50, P90, P95. */
export const bandesGeneralistes: Bareme<BandeEffectifs> = {
  id: 'seuils.generalistes.bandes',
  dessous: '<P30',
  paliers: [
    {
      label: 'seuil.p30',
      seuil: (date) => {
        const { valeur, provenance } = valeurAu(p30Generalistes, date);
        return { valeur: valeur.seuil, strict: valeur.strict, provenance };
      },
      valeur: 'P30-P50',
    },
    { label: 'seuil.p50', seuil: seuilDe(p50GeneralistesMt), valeur: 'P50-P90' },
    { label: 'seuil.p90', seuil: seuilDe(p90GeneralistesMt), valeur: 'P90-P95' },
    { label: 'seuil.p95', seuil: seuilDe(p95GeneralistesMt), valeur: '>=P95' },
  ],
};

/** avenant 7 exemption from the floor: share of children under 16 in the MT patientèle. */
export const partEnfantsExoneration: Parametre<number> = {
  id: 'seuils.generalistes.part-enfants',
  libelle:
    'Part d’enfants de moins de 16 ans dans la patientèle médecin traitant exonérant du plancher (avenant 7)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      valeur: 0.2,
      sources: ['seed-000'],
      confiance: ['seed', 'non-officiel'],
      note: 'Plus de 20 % : valeur non officielle.',
    },
  ],
};

/** Surgeons, ORL and gynaecologists: clinical fees at least this share of total fees (from 2023). */
export const partHonorairesCliniquesMin: Parametre<number> = {
  id: 'seuils.part-honoraires-cliniques',
  libelle: 'Part minimale des honoraires cliniques (chirurgiens, ORL, gynécologues)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...DEPUIS_REGLEMENT_ARBITRAL,
      valeur: 0.8,
      sources: ['ameli-2024-11'],
      confiance: ['officiel'],
    },
  ],
};
