/**
 * Side by side (RULES.md §7 bis.3): for the same group, the collective contract next to the sum of
 * individual convention-2024 contracts (½ or 1 ETP per doctor, their own objectives and the 75 %
 * step of §5), year by year, with totals and the objectives each implies.
 * [interprétation] Each doctor is taken with the group's mean MT patientèle (rounded down) and the
 * group's achievement of each year; the individual option is 1 ETP when the collective ETP per
 * doctor is at least 0.75, else ½ ETP, unless the caller chooses it.
 */
import type { SituationCollectif, SituationLiberale } from '../../../schemas/index.ts';
import type { Strategies } from '../../strategies.ts';
import type { Resultat } from '../../types.ts';
import { simulerLiberal } from '../liberal/simuler-liberal.ts';
import { simulerCollectif } from './simuler-collectif.ts';
import { HYPOTHESES_COMPARAISON } from '../../messages-calendrier.ts';

export type OptionIndividuelle = 'demi' | 'plein';

export interface AnneeComparee {
  annee: number;
  debut: string;
  collectif: number | null;
  /** Sum of the individual contracts; `null` when unknown. */
  individuels: number | null;
  parMedecin: number | null;
  /** Collective minus individual (positive: the collective contract pays more). */
  ecart: number | null;
}

export interface Comparaison {
  medecins: number;
  optionIndividuelle: OptionIndividuelle;
  etpCollectif: number | null;
  etpIndividuels: number;
  collectif: Resultat;
  /** One doctor's individual contract (every doctor alike). */
  individuel: Resultat;
  annees: AnneeComparee[];
  totaux: { collectif: number | null; individuels: number | null; ecart: number | null };
  hypotheses: string[];
}

const somme = (a: number | null, n: number): number | null =>
  a === null ? null : Math.round(a * n * 100) / 100;
const moins = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.round((a - b) * 100) / 100;

export function comparerCollectifIndividuels(
  s: SituationCollectif,
  strategies: Strategies,
  choix?: OptionIndividuelle,
): Comparaison | null {
  if (s.medecinsAdherents === undefined) return null;
  const medecins = s.medecinsAdherents;
  const collectif = simulerCollectif(s, strategies);
  const etpCollectif = collectif.etpRetenu ?? null;
  const optionIndividuelle: OptionIndividuelle =
    choix ?? ((etpCollectif ?? 0) / medecins >= 0.75 ? 'plein' : 'demi');
  const atteinte = collectif.annees.map((a) => (a.annee <= 2 ? 1 : (a.atteinte ?? 1)));
  const mt = s.patientele?.mt;
  const individuelle: SituationLiberale = {
    structure: 'liberal',
    dateSignature: s.dateSignature,
    specialite: 'medecine-generale',
    option: optionIndividuelle,
    ...(s.tousGeneralistesHorsMepSecteur1OuOptam === undefined
      ? {}
      : { secteur: s.tousGeneralistesHorsMepSecteur1OuOptam ? '1' : 'non-conventionne' }),
    ...(mt === undefined ? {} : { patientele: { mtAdultes: Math.floor(mt / medecins) } }),
    ...(s.annees === undefined ? {} : { annees: s.annees }),
    atteinte,
  };
  const individuel = simulerLiberal(individuelle, 'convention-2024', strategies);
  const annees = collectif.annees.map((a, i): AnneeComparee => {
    const parMedecin = individuel.annees[i]?.montant ?? null;
    const individuels = somme(parMedecin, medecins);
    return {
      annee: a.annee,
      debut: a.debut,
      collectif: a.montant,
      individuels,
      parMedecin,
      ecart: moins(a.montant, individuels),
    };
  });
  const totalIndividuels = somme(individuel.total, medecins);
  return {
    medecins,
    optionIndividuelle,
    etpCollectif,
    etpIndividuels: medecins * (optionIndividuelle === 'plein' ? 1 : 0.5),
    collectif,
    individuel,
    annees,
    totaux: {
      collectif: collectif.total,
      individuels: totalIndividuels,
      ecart: moins(collectif.total, totalIndividuels),
    },
    hypotheses: [...HYPOTHESES_COMPARAISON],
  };
}
