/**
 * Assistant portions of a centre contract (RULES.md §7.1, §7.3, §8.1): each amendment is a portion
 * with its own year counter; caps bind by capping (0.5 AM ETP per doctor ETP, and 4 per centre —
 * 8, none in a ZIP, for contracts signed from 16 Oct 2025), oldest portions first.
 */
import type { SituationCentre } from '../../../schemas/index.ts';
import { plafondsAssistantsCentres } from '../../parametres/plafonds-centres.ts';
import { valeurAu } from '../../parametres/types.ts';
import { maxDate } from '../../dates.ts';
import type { Raisons } from '../raisons.ts';

export interface Portion {
  index: number;
  anneeDebut: number;
  demande: number;
  etp: number;
}

export interface PlafondsCentre {
  parEtpMedecin: number;
  /** `null`: no cap per centre (an under-served zone since the 2025 accord). */
  parCentre: number | null;
}

/**
 * The caps of the contract's signature date; a forced regime with an earlier signature (a
 * comparison) reads the regime's first day (§8.1). The zone is read only where it changes the cap
 * per centre, and before the assistants are known: the wizard asks it with the doctors (issue 14).
 */
export function plafondsCentre(s: SituationCentre, dateRegime: string): PlafondsCentre {
  const plafonds = valeurAu(plafondsAssistantsCentres, maxDate(s.dateSignature, dateRegime)).valeur;
  const parCentre =
    plafonds.parCentreZoneSousDense !== plafonds.parCentre && s.zoneSousDense === true
      ? plafonds.parCentreZoneSousDense
      : plafonds.parCentre;
  return { parEtpMedecin: plafonds.parEtpMedecin, parCentre };
}

export function portionsPlafonnees(
  s: SituationCentre,
  plafonds: PlafondsCentre,
  etpMedecins: number,
  r: Raisons,
): Portion[] {
  const parCentre = plafonds.parCentre;
  const plafond = Math.min(plafonds.parEtpMedecin * etpMedecins, parCentre ?? Infinity);
  // Stable sort: ties in anneeDebut keep input order.
  // Only the two fields read below are copied (a spread led the batch profile).
  const triees = (s.assistants ?? [])
    .map((a) => ({ anneeDebut: a.anneeDebut, etp: a.etp }))
    .sort((a, b) => a.anneeDebut - b.anneeDebut);
  let cumul = 0;
  const portions = triees.map((a, index) => {
    const etp = Math.max(0, Math.min(a.etp, plafond - cumul));
    cumul += etp;
    return { index, anneeDebut: a.anneeDebut, demande: a.etp, etp };
  });
  const demande = portions.reduce((t, p) => t + p.demande, 0);
  if (cumul < demande - 1e-9) {
    r.ajouter('condition', 'plafond-applique', {
      plafond,
      parCentre: parCentre ?? null,
      demande,
      retenu: cumul,
    });
  }
  return portions.filter((p) => p.etp > 0);
}
