/**
 * Eligibility of a centre de santé (RULES.md §7.1, seed 003): at least 1 doctor ETP; MT adults per
 * ETP ≥ 473 for GP-only centres, FA per ETP ≥ 992 otherwise (averages over the total doctor ETP);
 * new centres (from 1 Jan 2020) exempt.
 */
import type { SituationCentre } from '../../../schemas/index.ts';
import { dateNouveauCentre, etpMedecinMinimum, p30Centres } from '../../parametres/centres.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Raisons } from '../raisons.ts';

export interface Moyennes {
  etpMedecins: number | null;
  mt: number | null;
  fileActive: number | null;
}

export function moyennesParEtp(s: SituationCentre): Moyennes {
  const { etpGeneralistes: g, etpSpecialistes: sp } = s;
  const etp = g === undefined && sp === undefined ? null : (g ?? 0) + (sp ?? 0);
  const moyenne = (v: number | undefined): number | null =>
    etp === null || etp <= 0 || v === undefined ? null : v / etp;
  return {
    etpMedecins: etp,
    mt: moyenne(s.patientele?.mtAdultes),
    fileActive: moyenne(s.patientele?.fileActive),
  };
}

/** The indicator that decides eligibility: MT for GP-only centres, FA as soon as there are specialists. */
export function indicateurEligibilite(s: SituationCentre): 'mt' | 'fileActive' {
  return (s.etpSpecialistes ?? 0) > 0 ? 'fileActive' : 'mt';
}

export function eligibiliteCentre(
  s: SituationCentre,
  m: Moyennes,
  dateRegime: string,
  r: Raisons,
): void {
  if (m.etpMedecins === null) {
    r.manque('etpGeneralistes', 'etp-medecins-manquants');
  } else {
    const minimum = valeurAu(etpMedecinMinimum, dateRegime).valeur;
    if (m.etpMedecins < minimum)
      r.ajouter('ineligible', 'etp-medecins-insuffisants', { etp: m.etpMedecins, minimum });
  }
  if (s.nouveauCentre === true) {
    r.ajouter('information', 'nouveau-centre', {
      nouveauCentre: true,
      depuis: valeurAu(dateNouveauCentre, dateRegime).valeur,
    });
  } else if (m.etpMedecins !== null) {
    const ind = indicateurEligibilite(s);
    const moyenne = m[ind];
    const seuil = valeurAu(p30Centres, dateRegime).valeur[ind];
    if (s.patientele?.[ind === 'mt' ? 'mtAdultes' : 'fileActive'] === undefined) {
      r.manque(
        ind === 'mt' ? 'patientele.mtAdultes' : 'patientele.fileActive',
        'patientele-centre-manquante',
        { indicateur: ind },
      );
    } else if (moyenne !== null && moyenne < seuil) {
      r.ajouter('ineligible', 'centre-sous-p30', { indicateur: ind, moyenne, seuil });
    }
  }
  if (!s.assistants || s.assistants.length === 0) r.manque('assistants', 'assistants-manquants');
}
