/** A liberal doctor's simulation: eligibility, objectives, yearly plan (RULES.md §1–§6, §8.1). */
import type { RegimeLiberal, SituationLiberale } from '../../../schemas/index.ts';
import { VERSION_REGLES } from '../../parametres/version.ts';
import type { Strategies } from '../../strategies.ts';
import type { Resultat } from '../../types.ts';
import { Raisons } from '../raisons.ts';
import { ANNEES_PAR_DEFAUT } from '../annees.ts';
import { planLiberal } from './annees.ts';
import { placement } from './bande.ts';
import { contexteLiberal } from './contexte.ts';
import { eligibiliteLiberale } from './eligibilite.ts';
import { objectifsLiberaux } from './objectifs.ts';
import { motifExoneration } from './plancher.ts';

export function simulerLiberal(
  s: SituationLiberale,
  regime: RegimeLiberal,
  strategies: Strategies,
): Resultat {
  const ctx = contexteLiberal(s, regime, strategies);
  const r = new Raisons();
  const bande = placement(ctx);
  eligibiliteLiberale(ctx, bande, r);
  if (bande.valeur === 'P90-P95')
    r.ajouter('information', 'majoration-p90', { bande: bande.valeur });
  if (bande.valeur === '>=P95') r.ajouter('information', 'majoration-p95', { bande: bande.valeur });
  if (bande.majorationParCpam)
    r.ajouter('condition', 'bande-majoration-par-cpam', { mesure: bande.mesure ?? null });
  const objectif = objectifsLiberaux(ctx, bande, r);
  if ((s.annees ?? ANNEES_PAR_DEFAUT) > 5)
    r.ajouter('information', 'au-dela-annee-5', { annees: s.annees ?? null });
  const exonere = motifExoneration(ctx) !== null;
  const plan = planLiberal(ctx, bande, objectif, r.statut(), exonere, r);
  const eligibilite = r.eligibilite();
  return {
    structure: 'liberal',
    regime,
    bande: { valeur: bande.valeur, origine: bande.origine },
    option: s.option ?? null,
    eligibilite,
    objectif,
    annees: plan.annees,
    total: eligibilite.statut === 'ineligible' ? 0 : plan.total,
    versionRegles: VERSION_REGLES,
  };
}
