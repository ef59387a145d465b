/**
 * The group's assistant ETP and objectives (RULES.md §7 bis.2, §8.1) [non officiel]: ETP capped at
 * the number of adhering doctors, plus 0.5 per maître de stage hosting a docteur junior (or per
 * doctor of an approved training site, the larger) for contracts signed from November 2026;
 * objectives floor(260 × ETP) MT and floor(110 × ETP) FA minus the patients already gained under
 * earlier individual contracts (floored at 0); the CPAM's objective wins per indicator.
 */
import type { SituationCollectif } from '../../../schemas/index.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import { bonusFormationCollectif, objectifsCollectifParEtp } from '../../parametres/collectif.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Indicateur } from '../atteinte.ts';
import type { Raisons } from '../raisons.ts';

export const INDICATEURS_COLLECTIF: readonly Indicateur[] = ['mt', 'fileActive'];

/**
 * The ETP the contract funds: the asked ETP, capped; `null` when the ETP or the group is unknown.
 * The training bonus can only raise a cap the asked ETP exceeds: the training doctors are read (and
 * shown in the explanation) only then, or while the ETP or the group is unknown, so that the wizard
 * asks them with the ETP (issue 14).
 */
export function etpRetenu(s: SituationCollectif, dateSignature: string, r: Raisons): Figure | null {
  const bonus = valeurAu(bonusFormationCollectif, dateSignature);
  const { etp, medecinsAdherents } = s;
  const bonusPossible =
    bonus.valeur > 0 &&
    (etp === undefined || medecinsAdherents === undefined || etp > medecinsAdherents);
  const formes = bonusPossible
    ? Math.max(s.maitresDeStage ?? 0, s.terrainDeStageAgree === true ? (medecinsAdherents ?? 0) : 0)
    : null;
  if (etp === undefined || medecinsAdherents === undefined) return null;
  const medecins = fig.saisie('collectif.medecins', medecinsAdherents, 'etp');
  const termes =
    formes === null
      ? [medecins]
      : [
          medecins,
          fig.produit('collectif.bonusFormation', [
            fig.saisie('collectif.medecinsFormateurs', formes),
            fig.parametre('collectif.bonusParMedecin', bonus.valeur, bonus.provenance, 'etp'),
          ]),
        ];
  const plafond = fig.somme('collectif.plafond', termes, 'etp');
  const demande = fig.saisie('collectif.etpDemande', etp, 'etp');
  if (etp > (plafond.valeur as number) + 1e-9) {
    r.ajouter('condition', 'collectif-plafond-applique', {
      plafond: plafond.valeur,
      demande: etp,
      medecinsAdherents,
      bonus: bonus.valeur,
    });
  }
  return fig.minimum('collectif.etpRetenu', [demande, plafond], 'etp');
}

export type ObjectifsCollectif = Record<Indicateur, Figure | null> & { contractuel: boolean };

export function objectifsCollectif(
  s: SituationCollectif,
  etp: Figure | null,
  date: string,
): ObjectifsCollectif {
  const parEtp = valeurAu(objectifsCollectifParEtp, date);
  const resultat: ObjectifsCollectif = { mt: null, fileActive: null, contractuel: false };
  for (const ind of INDICATEURS_COLLECTIF) {
    const saisi = s.objectif?.[ind];
    if (saisi !== undefined) {
      resultat[ind] = fig.saisie('objectif.contractuel', saisi, 'patients');
      resultat.contractuel = true;
      continue;
    }
    // Read before the ETP is known: the wizard asks them with the patientèle (issue 14).
    const dejaGagnes = s.patientsDejaGagnes?.[ind] ?? 0;
    if (etp === null) continue;
    const brut = fig.plancher(
      `objectif.${ind}`,
      fig.produit('objectif', [
        fig.parametre(`collectif.objectifParEtp.${ind}`, parEtp.valeur[ind], parEtp.provenance),
        etp,
      ]),
      'patients',
    );
    const gagnes = fig.saisie('collectif.dejaGagnes', dejaGagnes, 'patients');
    resultat[ind] = fig.maximum(
      `objectif.${ind}`,
      [fig.difference('collectif.netDejaGagnes', brut, gagnes, 'patients'), fig.saisie('zero', 0)],
      'patients',
    );
  }
  return resultat;
}
