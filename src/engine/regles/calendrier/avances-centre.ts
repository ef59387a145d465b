/**
 * Centres, portion years 3 and later (RULES.md §7.5, seed 003): an advance within 2 months after
 * the anniversary — 70 % if the achievement observed is at least the threshold (50 % in year 3,
 * 70 % from year 4), else 50 %, plus 20 % six months later if the threshold is then reached — and
 * the balance within 2 months after the year's end.
 *
 * [interprétation] The simulator does not know the achievement at the advance dates: the first
 * advance reads the portion's achievement of the previous contract year when the engine measured
 * it, else that of the year itself; the second advance reads the year's own achievement. Shares
 * apply to the engine's amount of the year, so the balance is what the year's amount leaves.
 */
import type { CalendrierCentres, Echeance } from '../../parametres/calendrier.ts';

const SOURCES = ['seed-003', 'rules-md'] as const;
const CONFIANCE = ['seed', 'interpretation'] as const;
const pourcent = (x: number): string => `${Math.round(x * 100)} %`;

export function echeancesSuivantes(
  regles: CalendrierCentres['suivantes'],
  anneePortion: number,
  atteintePrecedente: number | null,
  atteinteAnnee: number | null,
): Echeance[] {
  const seuil = anneePortion === 3 ? regles.seuilAnnee3 : regles.seuilSuivantes;
  // Unknown achievement counts as reached, like the engine's missing years (RULES.md §8.1).
  const observee = atteintePrecedente ?? atteinteAnnee ?? 1;
  const finale = atteinteAnnee ?? 1;
  const base = { sources: SOURCES, confiance: CONFIANCE };
  if (observee >= seuil) {
    return [
      {
        ...base,
        part: regles.avancePleine,
        nature: 'avance',
        ancre: 'debut-annee',
        mois: regles.delaiAvanceMois,
        note: `Avance de ${pourcent(regles.avancePleine)} dans les ${regles.delaiAvanceMois} mois suivant l’anniversaire : atteinte observée (${pourcent(observee)}) d’au moins ${pourcent(seuil)}.`,
      },
      solde(regles, 1 - regles.avancePleine),
    ];
  }
  const avance: Echeance = {
    ...base,
    part: regles.avanceReduite,
    nature: 'avance',
    ancre: 'debut-annee',
    mois: regles.delaiAvanceMois,
    note: `Avance réduite à ${pourcent(regles.avanceReduite)} dans les ${regles.delaiAvanceMois} mois suivant l’anniversaire : atteinte observée (${pourcent(observee)}) sous ${pourcent(seuil)}.`,
  };
  if (finale < seuil) return [avance, solde(regles, 1 - regles.avanceReduite)];
  return [
    avance,
    {
      ...base,
      part: regles.complement,
      nature: 'avance',
      ancre: 'debut-annee',
      mois: regles.delaiAvanceMois + regles.delaiComplementMois,
      note: `Seconde avance de ${pourcent(regles.complement)}, ${regles.delaiComplementMois} mois après la première : atteinte de l’année (${pourcent(finale)}) d’au moins ${pourcent(seuil)}.`,
    },
    solde(regles, 1 - regles.avanceReduite - regles.complement),
  ];
}

function solde(regles: CalendrierCentres['suivantes'], part: number): Echeance {
  return {
    sources: SOURCES,
    confiance: CONFIANCE,
    part: Math.round(part * 100) / 100,
    nature: 'solde',
    ancre: 'fin-annee',
    mois: regles.delaiSoldeMois,
    note: `Solde dans les ${regles.delaiSoldeMois} mois suivant la fin de l’année, selon l’atteinte des objectifs.`,
  };
}
