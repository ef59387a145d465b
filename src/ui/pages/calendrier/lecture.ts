/** What the calendar page reads from its link: the simulator's answers, a duration, quoted values. */
import { ANNEES_MAX } from '../../../engine/saisie.ts';
import { lireUrl } from '../../state/url.ts';
import { IDS_ETAPES } from '../../wizard/etapes.ts';
import { separerRecrutement } from './recrutement-url.ts';

/** What the minimal form assumes (said on screen): a GP in secteur 1, band P30–P50, objectives met. */
export const HYPOTHESES_FORMULAIRE = {
  structure: 'liberal',
  specialite: 'medecine-generale',
  secteur: '1',
  bande: 'P30-P50',
  exerciceRegroupe: 'true',
  exerciceCoordonne: 'true',
};

/** The simulator's answers, read without the page's own `recrutement` parameter. */
export function lire(recherche: string): Record<string, string> | null {
  const lu = lireUrl(separerRecrutement(recherche).simulateur, IDS_ETAPES);
  return lu.reponses.structure === undefined ? null : lu.reponses;
}

/**
 * Without a duration in the link, the projection runs at least to the end of the current calendar
 * year (5 contract years at least, 10 at most): a 2021 contract seen in 2026 shows all of 2026.
 */
export function avecDuree(
  reponses: Record<string, string>,
  aujourdhui: string,
): Record<string, string> {
  if (reponses.annees !== undefined) return reponses;
  const signature = Number((reponses.dateSignature ?? aujourdhui).slice(0, 4));
  const annees = Number(aujourdhui.slice(0, 4)) - signature + 1;
  if (!Number.isInteger(annees) || annees <= 5) return reponses;
  return { ...reponses, annees: String(Math.min(annees, ANNEES_MAX)) };
}

const LONGUEUR_CITEE = 40;
export const citer = (valeur: string): string =>
  valeur.length > LONGUEUR_CITEE ? `${valeur.slice(0, LONGUEUR_CITEE)}…` : valeur;
