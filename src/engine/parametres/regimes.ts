/**
 * Regimes by signature date (RULES.md §1 and §7): avenant 7 (JO 20 Aug 2019), règlement arbitral
 * (arrêté 28 Apr 2023), convention 2024-2029 (signed 4 June 2024, in force 22 June 2024), and the
 * accord national des centres de santé, avenant 3 (signed 4 Feb 2020).
 */
import type { RegimeCentre, RegimeCollectif, RegimeLiberal } from '../../schemas/index.ts';
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import {
  ANCS_AVENANT3,
  AVENANT7,
  COLLECTIF_2026,
  CONVENTION_2024,
  REGLEMENT_ARBITRAL,
} from './periodes.ts';

export const regimesLiberaux: Parametre<RegimeLiberal> = {
  id: 'regimes.liberaux',
  libelle: 'Régime applicable à un médecin libéral selon la date de signature du contrat',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      valeur: 'avenant7-2019',
      sources: ['seed-000', 'arrete-2019'],
      confiance: ['seed', 'officiel'],
    },
    {
      ...REGLEMENT_ARBITRAL,
      valeur: 'reglement-arbitral-2023',
      sources: ['ameli-2023-05'],
      confiance: ['officiel'],
    },
    {
      ...CONVENTION_2024,
      valeur: 'convention-2024',
      sources: ['ameli-2024-06'],
      confiance: ['officiel'],
    },
  ],
};

export const regimesCentres: Parametre<RegimeCentre> = {
  id: 'regimes.centres',
  libelle: 'Régime applicable à un centre de santé selon la date de signature du contrat',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...ANCS_AVENANT3,
      valeur: 'ancs-avenant3-2020',
      sources: ['seed-003'],
      confiance: ['seed', 'interpretation'],
      note: 'Date de signature de l’avenant 3 retenue comme début ; aucun montant ultérieur trouvé.',
    },
  ],
};

export const regimesCollectifs: Parametre<RegimeCollectif> = {
  id: 'regimes.collectifs',
  libelle:
    'Régime applicable au contrat collectif d’un groupe de généralistes selon la date de signature',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...COLLECTIF_2026,
      valeur: 'collectif-2026',
      sources: ['ameli-92-collectif-2026'],
      confiance: ['non-officiel'],
      note: 'En vigueur après validation par la commission paritaire nationale (CPN).',
    },
  ],
};

const debuts = new Map<string, string>(
  [...regimesLiberaux.valeurs, ...regimesCentres.valeurs, ...regimesCollectifs.valeurs].map((v) => [
    v.valeur,
    v.depuis,
  ]),
);

/** First day of a regime: the date on which its values are looked up when the regime is forced. */
export function debutRegime(regime: RegimeLiberal | RegimeCentre | RegimeCollectif): string {
  const debut = debuts.get(regime);
  if (debut === undefined) throw new Error(`Régime inconnu : ${regime}`);
  return debut;
}

/** Running contracts of the earlier regimes get the convention-2024 amounts from this date on. */
export const DATE_REVALORISATION_2024 = debutRegime('convention-2024');
