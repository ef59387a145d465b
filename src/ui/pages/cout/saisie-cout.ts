/**
 * The cost page's own answers (salary, weekly hours, employer rate), kept as typed in the page's
 * URL next to the simulator's parameters (`&salaire=1900&heures=35&charges=30`, see
 * state/url-annexe.ts), read back on load,
 * and checked into the engine's options with a French message naming each field. An empty answer
 * means "the default"; a wrong one is kept as typed (nothing is lost) and reported.
 */
import type { ErreurChamp } from '../../../engine/saisie.ts';
import type { OptionsCout } from '../../../engine/cout.ts';
import { lireNombre } from '../../format.ts';
import { avecParametres, separerParametres } from '../../state/url-annexe.ts';
import { frCout } from './messages.ts';

export const CHAMPS_COUT = ['salaire', 'heures', 'charges'] as const;
export type ChampCout = (typeof CHAMPS_COUT)[number];
export type SaisieCout = Record<ChampCout, string>;

export const SAISIE_VIDE: SaisieCout = { salaire: '', heures: '', charges: '' };

/** Bounds of each answer (salary in euros a month, hours a week for all assistants, rate in %). */
const BORNES: Record<ChampCout, { min: number; max: number; minInclus: boolean }> = {
  salaire: { min: 0, max: 100000, minInclus: false },
  heures: { min: 0, max: 70, minInclus: false },
  charges: { min: 0, max: 100, minInclus: true },
};

/** Splits a page URL's query into the simulator's part and the cost page's answers. */
export function separerRecherche(recherche: string): { simulateur: string; saisie: SaisieCout } {
  const { simulateur, propres } = separerParametres(recherche, CHAMPS_COUT);
  const saisie = { ...SAISIE_VIDE };
  for (const champ of CHAMPS_COUT) saisie[champ] = (propres[champ] ?? '').slice(0, 40);
  return { simulateur, saisie };
}

/** Appends the non-empty answers to a simulator query string. */
export function ajouterSaisie(rechercheSimulateur: string, saisie: SaisieCout): string {
  return avecParametres(rechercheSimulateur, {
    salaire: saisie.salaire.trim(),
    heures: saisie.heures.trim(),
    charges: saisie.charges.trim(),
  });
}

export interface SaisieLue {
  options: OptionsCout;
  erreurs: ErreurChamp[];
}

export function lireSaisie(saisie: SaisieCout): SaisieLue {
  const options: OptionsCout = {};
  const erreurs: ErreurChamp[] = [];
  for (const champ of CHAMPS_COUT) {
    const texte = saisie[champ].trim();
    if (texte === '') continue;
    const n = lireNombre(texte.replace(/[€%]/g, ''));
    const { min, max, minInclus } = BORNES[champ];
    const dansBornes = !Number.isNaN(n) && (minInclus ? n >= min : n > min) && n <= max;
    if (!dansBornes) {
      erreurs.push({ champ, message: frCout.erreurs[champ] });
      continue;
    }
    if (champ === 'salaire') options.salaireBrutMensuel = n;
    else if (champ === 'heures') options.heuresHebdomadaires = n;
    else options.tauxCharges = n / 100;
  }
  return { options, erreurs };
}
