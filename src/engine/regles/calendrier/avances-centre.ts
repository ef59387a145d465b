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
import type { NoteAvance } from '../../messages-calendrier.ts';
import type { CalendrierCentres, Echeance } from '../../parametres/calendrier.ts';

const SOURCES = ['seed-003', 'rules-md'] as const;
const CONFIANCE = ['seed', 'interpretation'] as const;
/** An instalment computed by this rule: its note is a code with its figures (messages-calendrier.ts). */
export type EcheanceCalculee = Omit<Echeance, 'note'> & { note: NoteAvance };

export function echeancesSuivantes(
  regles: CalendrierCentres['suivantes'],
  anneePortion: number,
  atteintePrecedente: number | null,
  atteinteAnnee: number | null,
): EcheanceCalculee[] {
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
        note: {
          code: 'avance-pleine',
          part: regles.avancePleine,
          mois: regles.delaiAvanceMois,
          observee,
          seuil,
        },
      },
      solde(regles, 1 - regles.avancePleine),
    ];
  }
  const avance: EcheanceCalculee = {
    ...base,
    part: regles.avanceReduite,
    nature: 'avance',
    ancre: 'debut-annee',
    mois: regles.delaiAvanceMois,
    note: {
      code: 'avance-reduite',
      part: regles.avanceReduite,
      mois: regles.delaiAvanceMois,
      observee,
      seuil,
    },
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
      note: {
        code: 'seconde-avance',
        part: regles.complement,
        mois: regles.delaiComplementMois,
        finale,
        seuil,
      },
    },
    solde(regles, 1 - regles.avanceReduite - regles.complement),
  ];
}

function solde(regles: CalendrierCentres['suivantes'], part: number): EcheanceCalculee {
  return {
    sources: SOURCES,
    confiance: CONFIANCE,
    part: Math.round(part * 100) / 100,
    nature: 'solde',
    ancre: 'fin-annee',
    mois: regles.delaiSoldeMois,
    note: { code: 'solde', mois: regles.delaiSoldeMois },
  };
}
