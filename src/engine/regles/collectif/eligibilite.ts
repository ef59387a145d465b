/**
 * Eligibility of a group of GPs to the collective contract (RULES.md §7 bis.1, §8.1) [non officiel]:
 * the signing company (SCP, SCM or SISA; an SEL cannot sign), at least two adhering GPs (not MEP)
 * in secteur 1 or OPTAM, a mean MT patientèle per adhering doctor at or above the GPs' P30,
 * no waiting period running; a member's individual contract must be closed first (a condition).
 */
import type { SituationCollectif } from '../../../schemas/index.ts';
import { formesSignataires, medecinsMinimumCollectif } from '../../parametres/collectif.ts';
import { p30Generalistes } from '../../parametres/seuils-generalistes.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Raisons } from '../raisons.ts';

function forme(s: SituationCollectif, date: string, r: Raisons): void {
  const f = s.formeJuridique;
  if (f === undefined) r.manque('formeJuridique', 'collectif-forme-manquante');
  else if (!valeurAu(formesSignataires, date).valeur.includes(f))
    r.ajouter('ineligible', f === 'sel' ? 'collectif-sel' : 'collectif-forme-non-groupe', {
      formeJuridique: f,
    });
}

function medecins(s: SituationCollectif, date: string, r: Raisons): void {
  // Read before the number of doctors is known: the wizard asks both together (issue 14).
  const conditions = s.tousGeneralistesHorsMepSecteur1OuOptam;
  if (s.medecinsAdherents === undefined) {
    r.manque('medecinsAdherents', 'collectif-medecins-manquants');
    return;
  }
  const minimum = valeurAu(medecinsMinimumCollectif, date).valeur;
  if (s.medecinsAdherents < minimum)
    r.ajouter('ineligible', 'collectif-un-seul-medecin', {
      medecinsAdherents: s.medecinsAdherents,
      minimum,
    });
  if (conditions === undefined)
    r.manque('tousGeneralistesHorsMepSecteur1OuOptam', 'collectif-generalistes-manquant');
  else if (!conditions) r.ajouter('ineligible', 'collectif-pas-tous-generalistes');
}

/** Mean MT per adhering doctor, exactly (no rounding), against the GPs' P30 of the date. */
function plancher(s: SituationCollectif, date: string, r: Raisons): void {
  const mt = s.patientele?.mt;
  if (mt === undefined) {
    r.manque('patientele.mt', 'collectif-patientele-manquante');
    return;
  }
  if (s.medecinsAdherents === undefined) return;
  const p30 = valeurAu(p30Generalistes, date).valeur;
  const moyenne = mt / s.medecinsAdherents;
  const auDessus = p30.strict ? moyenne > p30.seuil : moyenne >= p30.seuil;
  if (!auDessus)
    r.ajouter('ineligible', 'collectif-sous-p30', {
      moyenne: Math.round(moyenne * 100) / 100,
      seuil: p30.seuil,
    });
}

export function eligibiliteCollectif(s: SituationCollectif, date: string, r: Raisons): void {
  forme(s, date, r);
  medecins(s, date, r);
  plancher(s, date, r);
  if (s.carence === true) r.ajouter('ineligible', 'collectif-carence', { carence: true });
  if (s.contratIndividuelEnCours === true)
    r.ajouter('condition', 'collectif-contrat-individuel-a-clore', {
      contratIndividuelEnCours: true,
    });
  if (s.etp === undefined) r.manque('etp', 'collectif-etp-manquant');
  if ((s.nouveauxInstalles ?? 0) > 0)
    r.ajouter('information', 'collectif-nouveaux-installes', {
      nouveauxInstalles: s.nouveauxInstalles ?? 0,
    });
}
