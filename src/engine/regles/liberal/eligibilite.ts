/**
 * Eligibility of a liberal doctor (RULES.md §3, §2.1, §8.1): every failing reason is listed.
 * Sector (seed 000), options by regime, avenant 7 specialty/place/grouping/coordination
 * conditions (seed 000), later regimes' exclusions and 80 % clinical fees (ameli.fr 28 Nov 2024).
 */
import { SPECIALITE_AUTRE } from '../../../schemas/index.ts';
import { optionsOuvertes } from '../../parametres/options.ts';
import {
  appartient,
  avenant7TerritoireEntier,
  avenant7ZoneSousDense,
  specialitesExclues,
  specialitesHonorairesCliniques,
  specialitesSecondAssistant,
} from '../../parametres/specialites.ts';
import { partHonorairesCliniquesMin } from '../../parametres/seuils-generalistes.ts';
import { valeurAu } from '../../parametres/types.ts';
import { CONVENTION_2024 } from '../../parametres/periodes.ts';
import type { Raisons } from '../raisons.ts';
import type { ContexteLiberal } from './contexte.ts';
import { plancherActivite } from './plancher.ts';
import type { Placement } from './bande.ts';

export const SECONDS_ASSISTANTS = ['plein-et-demi', 'double'] as const;

export function estSecondAssistant(option: string | undefined): boolean {
  return option === 'plein-et-demi' || option === 'double';
}

function secteur(ctx: ContexteLiberal, r: Raisons): void {
  const sect = ctx.s.secteur;
  if (sect === undefined) r.manque('secteur', 'secteur-manquant');
  else if (sect === 'non-conventionne') r.ajouter('ineligible', 'non-conventionne');
  else if (sect === '2' && ctx.s.optam !== true)
    r.ajouter('ineligible', 'secteur-2-sans-optam', { secteur: sect, optam: false });
}

function option(ctx: ContexteLiberal, r: Raisons): void {
  const opt = ctx.s.option;
  if (opt === undefined) {
    r.manque('option', 'option-manquante');
    return;
  }
  const ouvertes = valeurAu(optionsOuvertes, ctx.dateRegime).valeur;
  if (!ouvertes.includes(opt)) {
    const fermeture = optionsOuvertes.valeurs.find(
      (v) => v.depuis <= ctx.dateRegime && !v.valeur.includes(opt),
    );
    r.ajouter('ineligible', 'option-fermee', {
      option: opt,
      regime: ctx.regime,
      fermeeDepuis: fermeture?.depuis ?? null,
    });
  }
  if (estSecondAssistant(opt)) {
    const permises = valeurAu(specialitesSecondAssistant, CONVENTION_2024.depuis).valeur;
    const specialite = ctx.s.specialite;
    if (specialite !== undefined && !appartient(specialite, permises)) {
      r.ajouter('ineligible', 'second-assistant-specialite', { specialite });
    }
    if (ctx.s.zoneSousDense !== true)
      r.ajouter('ineligible', 'second-assistant-hors-zone', { zoneSousDense: false });
    r.ajouter('a-confirmer', 'second-assistant-a-confirmer', { option: opt });
  }
  if (ctx.regime === 'avenant7-2019' && opt === 'plein' && ctx.s.zoneSousDense !== true) {
    r.ajouter('ineligible', 'plein-hors-zone', { option: opt, zoneSousDense: false });
  }
}

/** avenant 7: specialty and place, grouped and coordinated practice (seed 000, seed 001). */
function conditionsAvenant7(ctx: ContexteLiberal, r: Raisons): void {
  const { specialite, zoneSousDense } = ctx.s;
  if (specialite !== undefined && specialite !== SPECIALITE_AUTRE) {
    const territoire = valeurAu(avenant7TerritoireEntier, ctx.dateRegime).valeur;
    const zone = valeurAu(avenant7ZoneSousDense, ctx.dateRegime).valeur;
    if (appartient(specialite, zone)) {
      if (zoneSousDense !== true)
        r.ajouter('ineligible', 'specialite-zone-sous-dense', { specialite });
    } else if (!appartient(specialite, territoire)) {
      r.ajouter('a-confirmer', 'specialite-annexe-inconnue', { specialite });
    }
  }
  // Grouped practice is read only outside an under-served zone, where it decides (seed 000).
  if (zoneSousDense !== true && ctx.s.exerciceRegroupe !== true) {
    r.ajouter('ineligible', 'exercice-isole', { exerciceRegroupe: false, zoneSousDense: false });
  }
  if (ctx.s.exerciceCoordonne !== true)
    r.ajouter('condition', 'engagement-coordination', { exerciceCoordonne: false });
}

/**
 * Règlement arbitral and convention 2024: excluded specialties, 80 % clinical fees (ameli.fr);
 * a mixed (part-salaried) activity is eligible with adjustments to the contract (RULES.md §3.1).
 */
function conditionsDepuis2023(ctx: ContexteLiberal, r: Raisons): void {
  if (ctx.s.activiteMixte === true)
    r.ajouter('a-confirmer', 'activite-mixte-amenagements', { activiteMixte: true });
  const specialite = ctx.s.specialite;
  if (specialite === undefined) return;
  const exclues = valeurAu(specialitesExclues, ctx.dateRegime);
  if (appartient(specialite, exclues.valeur)) {
    r.ajouter('ineligible', 'specialite-exclue', { specialite, depuis: exclues.provenance.depuis });
  }
  if (appartient(specialite, valeurAu(specialitesHonorairesCliniques, ctx.dateRegime).valeur)) {
    const minimum = valeurAu(partHonorairesCliniquesMin, ctx.dateRegime).valeur;
    const partHonorairesCliniques = ctx.s.partHonorairesCliniques;
    if (partHonorairesCliniques === undefined) {
      r.manque('partHonorairesCliniques', 'honoraires-cliniques-manquants', { minimum });
    } else if (partHonorairesCliniques < minimum) {
      r.ajouter('ineligible', 'honoraires-cliniques-insuffisants', {
        part: partHonorairesCliniques,
        minimum,
      });
    }
  }
}

export function eligibiliteLiberale(ctx: ContexteLiberal, bande: Placement, r: Raisons): void {
  if (ctx.s.specialite === undefined) r.manque('specialite', 'specialite-manquante');
  else if (ctx.s.specialite === SPECIALITE_AUTRE)
    r.ajouter('a-confirmer', 'specialite-hors-catalogue', { specialite: SPECIALITE_AUTRE });
  secteur(ctx, r);
  option(ctx, r);
  if (ctx.regime === 'avenant7-2019') conditionsAvenant7(ctx, r);
  else conditionsDepuis2023(ctx, r);
  plancherActivite(ctx, bande, r);
}
