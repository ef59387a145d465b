/**
 * avenant 7 objectives: increase over the initial patientèle, per indicator, by that indicator's
 * band and the option (RULES.md §4; arrêté of 14 Aug 2019 extract, seed 000). `null` = not found.
 */
import type { Bande } from '../../schemas/index.ts';
import type { Confiance, Parametre, SourceId } from './types.ts';
import type { OptionFinancee } from './montants-liberaux.ts';
import { VERIFIE_LE } from './version.ts';
import { AVENANT7 } from './periodes.ts';

export interface CelluleObjectif {
  taux: number;
  confiance: readonly Confiance[];
  sources: readonly SourceId[];
}

export type GrilleObjectifs = Partial<
  Record<Bande, Record<OptionFinancee, CelluleObjectif | null>>
>;

const seed = (taux: number): CelluleObjectif => ({
  taux,
  confiance: ['seed'],
  sources: ['seed-000'],
});
const officiel = (taux: number): CelluleObjectif => ({
  taux,
  confiance: ['officiel'],
  sources: ['arrete-2019'],
});
const nonOfficiel = (taux: number): CelluleObjectif => ({
  taux,
  confiance: ['non-officiel'],
  sources: ['arrete-2019'],
});

export const grilleObjectifsAvenant7: Parametre<GrilleObjectifs> = {
  id: 'objectifs.avenant7.grille',
  libelle: 'Objectifs d’augmentation de patientèle de l’avenant 7, par bande et par option',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...AVENANT7,
      sources: ['seed-000', 'arrete-2019'],
      confiance: ['seed', 'officiel', 'non-officiel'],
      note: 'Cellules P50–P70 (½ et 1 ETP) et P70–P90 (1 ETP) introuvables.',
      valeur: {
        'P30-P50': {
          tiers: { ...seed(0.2), confiance: ['seed', 'officiel'] },
          demi: seed(0.25),
          plein: seed(0.35),
        },
        'P50-P70': { tiers: officiel(0.15), demi: null, plein: null },
        'P70-P90': { tiers: officiel(0.075), demi: nonOfficiel(0.125), plein: null },
        'P90-P95': { tiers: nonOfficiel(0.04), demi: nonOfficiel(0.06), plein: nonOfficiel(0.125) },
        '>=P95': { tiers: seed(0), demi: seed(0), plein: seed(0.05) },
      },
    },
  ],
};
