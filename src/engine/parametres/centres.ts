/**
 * Centres de santé: accord national, avenant 3 (2020), as explained by FNCS (seed 003) (RULES.md
 * §7 and §8.1). The caps of assistants are in plafonds-centres.ts.
 */
import type { Bareme, SeuilAu } from './bareme.ts';
import { valeurAu, type Parametre, type Provenance } from './types.ts';
import { VERIFIE_LE } from './version.ts';
import { ANCS_AVENANT3 } from './periodes.ts';

const ancs = { ...ANCS_AVENANT3, sources: ['seed-003'], confiance: ['seed'] } as const;

export interface SeuilsCentres {
  /** P30 per doctor ETP: MT adults (GP-only centres), FA (centres with specialists). */
  mt: number;
  fileActive: number;
}

export const p30Centres: Parametre<SeuilsCentres> = {
  id: 'centres.p30',
  libelle: 'Plancher d’éligibilité des centres (P30 par ETP médecin)',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...ancs, valeur: { mt: 473, fileActive: 992 } }],
};

export interface Tranche {
  id: '[P30;P50[' | '[P50;P70[' | '[P70;P90[' | '>=P90';
  /** Lower bounds, inclusive, per doctor ETP. */
  fileActive: number;
  mt: number;
  taux: number;
}

/** Tranches in increasing order; the lowest tranche's bounds are the P30 above. */
export const tranchesCentres: Parametre<readonly Tranche[]> = {
  id: 'centres.tranches',
  libelle: 'Tranches de patientèle des centres et objectifs d’augmentation',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...ancs,
      valeur: [
        { id: '[P50;P70[', fileActive: 1281, mt: 635, taux: 0.2 },
        { id: '[P70;P90[', fileActive: 1631, mt: 820, taux: 0.15 },
        { id: '>=P90', fileActive: 2586, mt: 1109, taux: 0.05 },
      ],
    },
  ],
};

/** Objective of the first tranche, [P30; P50[ (its lower bounds are p30Centres). */
export const tauxTrancheP30Centres: Parametre<number> = {
  id: 'centres.tranches.p30',
  libelle: 'Objectif d’augmentation de la tranche [P30 ; P50[',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...ancs, valeur: 0.25 }],
};

/** A centre tranche and the dated rate of increase it gives as objective. */
export interface TrancheCentre {
  id: Tranche['id'] | '[P30;P50[';
  taux: (date: string) => { valeur: number; provenance: Provenance };
}

type IndicateurCentre = 'mt' | 'fileActive';

/** The tranches of one indicator's average per doctor ETP (RULES.md §7.2): below the P30, none. */
function baremeCentres(ind: IndicateurCentre): Bareme<TrancheCentre | null> {
  const rangDe = (i: number) => ({
    label: `seuil.${ind}.${i}`,
    seuil: (date: string): SeuilAu => {
      const { valeur, provenance } = valeurAu(tranchesCentres, date);
      return { valeur: valeur[i]![ind], strict: false, provenance };
    },
    valeur: {
      id: tranchesCentres.valeurs[0]!.valeur[i]!.id,
      taux: (date: string) => {
        const { valeur, provenance } = valeurAu(tranchesCentres, date);
        return { valeur: valeur[i]!.taux, provenance };
      },
    },
  });
  return {
    id: `centres.tranches.${ind}`,
    dessous: null,
    paliers: [
      {
        label: `seuil.${ind}.p30`,
        seuil: (date) => {
          const { valeur, provenance } = valeurAu(p30Centres, date);
          return { valeur: valeur[ind], strict: false, provenance };
        },
        valeur: { id: '[P30;P50[', taux: (date) => valeurAu(tauxTrancheP30Centres, date) },
      },
      ...tranchesCentres.valeurs[0]!.valeur.map((_, i) => rangDe(i)),
    ],
  };
}

export const baremesCentres: Record<IndicateurCentre, Bareme<TrancheCentre | null>> = {
  mt: baremeCentres('mt'),
  fileActive: baremeCentres('fileActive'),
};

export interface MontantsCentres {
  a1: number;
  a2: number;
  /** Year 3 and later (years 6+ included: the aid is perennial). */
  a3: number;
}

export const montantsCentres: Parametre<MontantsCentres> = {
  id: 'centres.montants',
  libelle: 'Aide par ETP d’assistant médical en centre de santé',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      ...ancs,
      valeur: { a1: 36000, a2: 27000, a3: 21000 },
      note: 'Aucune revalorisation trouvée pour les centres.',
    },
  ],
};

/** Minimum doctor ETP of an eligible centre. */
export const etpMedecinMinimum: Parametre<number> = {
  id: 'centres.etp-medecin-minimum',
  libelle: 'ETP médecin minimum salarié par le centre',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...ancs, valeur: 1 }],
};

/** Centres created or medicalised from this date are exempt from the threshold. */
export const dateNouveauCentre: Parametre<string> = {
  id: 'centres.nouveau-centre',
  libelle:
    'Création ou médicalisation à partir de cette date : pas de seuil, objectif P50 en 3 ans',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...ancs, valeur: '2020-01-01' }],
};

/** Portion-year rate (RULES.md §7.4): year 3 steps. */
export interface PalierAnnee3 {
  /** r at or above `plein` → 1; at or above `palier` → `tauxPalier`; else r. */
  plein: number;
  palier: number;
  tauxPalier: number;
}

export const palierAnnee3Centres: Parametre<PalierAnnee3> = {
  id: 'centres.degressivite.annee3',
  libelle: 'Taux de versement de l’année 3 d’une portion selon l’atteinte',
  verifieLe: VERIFIE_LE,
  valeurs: [{ ...ancs, valeur: { plein: 0.75, palier: 0.5, tauxPalier: 0.75 } }],
};
