/**
 * Payment calendar of a simulated contract (RULES.md §6 and §7.5): the dated instalments of every
 * contract year, from the engine's yearly amounts. Pure: no clock (the caller passes any date).
 */
import type { Situation } from '../../../schemas/index.ts';
import type { Resultat } from '../../types.ts';
import { HYPOTHESES_CALENDRIER, type HypotheseCalendrier } from '../../messages-calendrier.ts';
import { versementsCentre } from './centre.ts';
import { versementsLiberal } from './liberal.ts';
import type { CalendrierVersements, OptionsCalendrier } from './types.ts';

export { versementsParAnneeCivile } from './annee-civile.ts';
export type * from './types.ts';

export function calendrierVersements(
  situation: Situation,
  resultat: Resultat,
  options: OptionsCalendrier = {},
): CalendrierVersements {
  const structure = resultat.structure;
  // The assumptions met while the instalments are placed (an unknown recruitment date).
  const supposees = new Set<HypotheseCalendrier>();
  const placer = structure === 'centre' ? versementsCentre : versementsLiberal;
  const versements =
    resultat.eligibilite.statut === 'ineligible' || resultat.regime === null
      ? []
      : placer(situation, resultat, options, supposees, resultat.regime);
  versements.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.annee - b.annee || (a.portion ?? 0) - (b.portion ?? 0),
  );
  const anneesSansMontant =
    resultat.eligibilite.statut === 'ineligible'
      ? []
      : resultat.annees.filter((a) => a.montant === null).map((a) => a.annee);
  const codes: HypotheseCalendrier[] = [];
  if (supposees.has('recrutement-liberal')) codes.push('recrutement-liberal');
  if (supposees.has('recrutement-centre')) codes.push('recrutement-centre');
  if (
    versements.length > 0 &&
    options.dateRecrutement !== undefined &&
    options.dateRecrutement < situation.dateSignature
  )
    codes.push('recrutement-anterieur');
  if (versements.length > 0 && structure === 'collectif') codes.push('calendrier-collectif');
  if (versements.length > 0) codes.push('montants');
  const hypotheses = codes.map((c) => HYPOTHESES_CALENDRIER[c]);
  return {
    structure,
    regime: resultat.regime,
    versements,
    anneesSansMontant,
    hypotheses,
    indicatif: versements.some((v) => v.indicatif),
  };
}
