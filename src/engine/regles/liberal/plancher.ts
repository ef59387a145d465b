/**
 * Activity floor (P30, seed 000) and its exemptions (RULES.md §3.1, §8.1): newly installed doctors
 * always; under avenant 7 also GPs with more than 20 % children and RQTH/ALD doctors. Under the
 * later regimes RQTH/ALD does not exempt, and at or above the floor gives "à confirmer".
 */
import { motifExonerationEnFrancais, type MotifExoneration } from '../../messages.ts';
import { partEnfantsExoneration } from '../../parametres/seuils-generalistes.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Raisons } from '../raisons.ts';
import type { Placement } from './bande.ts';
import type { ContexteLiberal } from './contexte.ts';

export function motifExoneration(ctx: ContexteLiberal): MotifExoneration | null {
  if (ctx.s.nouvelInstalle === true) return { code: 'nouvel-installe' };
  if (ctx.regime !== 'avenant7-2019') return null;
  if (ctx.s.rqthOuAld === true) return { code: 'rqth-ald' };
  if (!ctx.generaliste) return null;
  const adultes = ctx.s.patientele?.mtAdultes;
  const enfants = ctx.s.patientele?.mtEnfants;
  if (adultes !== undefined && enfants !== undefined && adultes + enfants > 0) {
    const seuil = valeurAu(partEnfantsExoneration, ctx.dateRegime).valeur;
    if (enfants / (adultes + enfants) > seuil) return { code: 'enfants', seuil };
  }
  return null;
}

export function plancherActivite(ctx: ContexteLiberal, bande: Placement, r: Raisons): void {
  const motif = motifExoneration(ctx);
  // Read before an unknown band stops the rule: the results then show each band's plan (issue 14).
  const amenagements = ctx.regime !== 'avenant7-2019' && ctx.s.rqthOuAld === true;
  if (motif !== null) {
    // The reason's public data carries the motif worded (the output format since 2024).
    r.ajouter('information', 'exoneration-plancher', { motif: motifExonerationEnFrancais(motif) });
    if (bande.valeur === null) r.ajouter('information', 'bande-sans-majoration-connue');
    if (amenagements) r.ajouter('a-confirmer', 'rqth-ald-amenagements', { rqthOuAld: true });
    return;
  }
  if (bande.valeur === null) {
    if (ctx.s.specialite === undefined) return;
    if (ctx.generaliste) r.manque('patientele.mtAdultes', 'patientele-mt-manquante');
    else r.manque('bande', 'bande-manquante');
    return;
  }
  if (bande.valeur === '<P30') {
    r.ajouter('ineligible', 'sous-p30', {
      bande: bande.valeur,
      mesure: bande.mesure ?? null,
      seuil: bande.seuilP30?.seuil ?? null,
      strict: bande.seuilP30?.strict ?? null,
    });
    return;
  }
  if (amenagements) r.ajouter('a-confirmer', 'rqth-ald-amenagements', { rqthOuAld: true });
}
