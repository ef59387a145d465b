/**
 * Payment calendar of a simulated contract (RULES.md §6 and §7.5): the dated instalments of every
 * contract year, from the engine's yearly amounts. Pure: no clock (the caller passes any date).
 */
import type { Situation } from '../../../schemas/index.ts';
import type { Resultat } from '../../types.ts';
import { NOTE_RECRUTEMENT_CENTRE, versementsCentre } from './centre.ts';
import { NOTE_RECRUTEMENT_LIBERAL, versementsLiberal } from './liberal.ts';
import type { CalendrierVersements, OptionsCalendrier } from './types.ts';

export { versementsParAnneeCivile } from './annee-civile.ts';
export type * from './types.ts';

/** Said when the recruitment date typed precedes the signature (see echeances.ts). */
export const HYPOTHESE_RECRUTEMENT_ANTERIEUR =
  'Assistant recruté avant la signature du contrat : l’avance est comptée à partir de la signature (le contrat n’existait pas encore au recrutement).';

/** RULES.md §7 bis says nothing of the collective contract's calendar [interprétation]. */
export const HYPOTHESE_CALENDRIER_COLLECTIF =
  'Le calendrier de versement du contrat collectif n’est pas publié : celui des contrats individuels depuis 2023 est retenu (année 1 dans le mois qui suit la signature, année 2 à la date anniversaire, puis deux versements de 50 %).';

const HYPOTHESE_MONTANTS =
  'Les parts s’appliquent au montant simulé de chaque année (objectifs compris) : les versements d’une année font exactement ce montant.';

export function calendrierVersements(
  situation: Situation,
  resultat: Resultat,
  options: OptionsCalendrier = {},
): CalendrierVersements {
  const structure = resultat.structure;
  const versements =
    resultat.eligibilite.statut === 'ineligible'
      ? []
      : structure === 'centre'
        ? versementsCentre(situation, resultat, options)
        : versementsLiberal(situation, resultat, options);
  versements.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.annee - b.annee || (a.portion ?? 0) - (b.portion ?? 0),
  );
  const anneesSansMontant =
    resultat.eligibilite.statut === 'ineligible'
      ? []
      : resultat.annees.filter((a) => a.montant === null).map((a) => a.annee);
  const hypotheses: string[] = [];
  if (versements.some((v) => v.note.includes(NOTE_RECRUTEMENT_LIBERAL)))
    hypotheses.push(NOTE_RECRUTEMENT_LIBERAL);
  if (versements.some((v) => v.note.includes(NOTE_RECRUTEMENT_CENTRE)))
    hypotheses.push(NOTE_RECRUTEMENT_CENTRE);
  if (
    versements.length > 0 &&
    options.dateRecrutement !== undefined &&
    options.dateRecrutement < situation.dateSignature
  )
    hypotheses.push(HYPOTHESE_RECRUTEMENT_ANTERIEUR);
  if (versements.length > 0 && structure === 'collectif')
    hypotheses.push(HYPOTHESE_CALENDRIER_COLLECTIF);
  if (versements.length > 0) hypotheses.push(HYPOTHESE_MONTANTS);
  return {
    structure,
    regime: resultat.regime,
    versements,
    anneesSansMontant,
    hypotheses,
    indicatif: versements.some((v) => v.indicatif),
  };
}
