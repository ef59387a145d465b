/**
 * The collective contract of a group of general practitioners (RULES.md §7 bis, §8.1), in force
 * from 25 Feb 2026. Every value is [non officiel]: read through a private relay of the ameli page
 * of the CPAM des Hauts-de-Seine. The P30 floor of the mean is the individual contracts' P30
 * (seuils-generalistes.ts).
 */
import type { FormeJuridique } from '../../schemas/index.ts';
import { PLEIN_CONVENTION_2024 } from './montants-liberaux.ts';
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import {
  COLLECTIF_2026,
  COLLECTIF_AVANT_BONUS_FORMATION,
  COLLECTIF_BONUS_FORMATION,
} from './periodes.ts';

const relais = { sources: ['ameli-92-collectif-2026'], confiance: ['non-officiel'] } as const;

export interface MontantsCollectif {
  a1: number;
  a2: number;
  /** Year 3 and every later year. */
  a3: number;
}

export const montantsCollectif: Parametre<MontantsCollectif> = {
  id: 'collectif.montants',
  libelle: 'Contrat collectif : montant par ETP d’assistant et par année de contrat',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...COLLECTIF_2026,
      ...relais,
      // 38,000 / 28,000 / 22,000: the convention 2024's 1 ETP amounts, without majoration.
      valeur: {
        a1: PLEIN_CONVENTION_2024.a1,
        a2: PLEIN_CONVENTION_2024.a2,
        a3: PLEIN_CONVENTION_2024.a3,
      },
      confiance: ['non-officiel', 'interpretation'],
      note: '« Par assistant médical à temps plein » : proratisé à l’ETP (interprétation). Pas de majoration P90/P95.',
    },
  ],
};

export interface ObjectifsParEtp {
  mt: number;
  fileActive: number;
}

export const objectifsCollectifParEtp: Parametre<ObjectifsParEtp> = {
  id: 'collectif.objectifs',
  libelle: 'Contrat collectif : patients à gagner par ETP d’assistant (totaux du groupe, en 2 ans)',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...COLLECTIF_2026, ...relais, valeur: { mt: 260, fileActive: 110 } }],
};

export const formesSignataires: Parametre<readonly FormeJuridique[]> = {
  id: 'collectif.formes',
  libelle: 'Contrat collectif : sociétés qui peuvent signer',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...COLLECTIF_2026, ...relais, valeur: ['scp', 'scm', 'sisa'] }],
};

export const medecinsMinimumCollectif: Parametre<number> = {
  id: 'collectif.medecins-minimum',
  libelle: 'Contrat collectif : nombre minimal de médecins adhérents',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...COLLECTIF_2026,
      valeur: 2,
      sources: ['rules-md'],
      confiance: ['interpretation'],
      note: '« Un groupe » : au moins deux médecins (interprétation).',
    },
  ],
};

/** ETP of assistants added per adhering doctor (PAMSU hosting a docteur junior, or training site). */
export const bonusFormationCollectif: Parametre<number> = {
  id: 'collectif.bonus-formation',
  libelle:
    'Contrat collectif : ETP d’assistant ajouté au plafond par médecin maître de stage (ou par médecin d’un terrain de stage agréé)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    { ...COLLECTIF_AVANT_BONUS_FORMATION, ...relais, valeur: 0 },
    {
      ...COLLECTIF_BONUS_FORMATION,
      ...relais,
      valeur: 0.5,
      confiance: ['non-officiel', 'interpretation'],
      note: '« À partir de novembre 2026 » : contrats signés à partir du 1er novembre 2026 (interprétation).',
    },
  ],
};
