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

/** The ETP the contract funds: the asked ETP, capped; `null` when the ETP or the group is unknown. */
export function etpRetenu(s: SituationCollectif, dateSignature: string, r: Raisons): Figure | null {
  if (s.etp === undefined || s.medecinsAdherents === undefined) return null;
  const bonus = valeurAu(bonusFormationCollectif, dateSignature);
  const medecins = fig.saisie('collectif.medecins', s.medecinsAdherents, 'etp');
  const formes = Math.max(
    s.maitresDeStage ?? 0,
    s.terrainDeStageAgree === true ? s.medecinsAdherents : 0,
  );
  const plafond = fig.somme(
    'collectif.plafond',
    [
      medecins,
      fig.produit('collectif.bonusFormation', [
        fig.saisie('collectif.medecinsFormateurs', formes),
        fig.parametre('collectif.bonusParMedecin', bonus.valeur, bonus.provenance, 'etp'),
      ]),
    ],
    'etp',
  );
  const demande = fig.saisie('collectif.etpDemande', s.etp, 'etp');
  if (s.etp > (plafond.valeur as number) + 1e-9) {
    r.ajouter('condition', 'collectif-plafond-applique', {
      plafond: plafond.valeur,
      demande: s.etp,
      medecinsAdherents: s.medecinsAdherents,
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
    if (etp === null) continue;
    const brut = fig.plancher(
      `objectif.${ind}`,
      fig.produit('objectif', [
        fig.parametre(`collectif.objectifParEtp.${ind}`, parEtp.valeur[ind], parEtp.provenance),
        etp,
      ]),
      'patients',
    );
    const gagnes = fig.saisie('collectif.dejaGagnes', s.patientsDejaGagnes?.[ind] ?? 0, 'patients');
    resultat[ind] = fig.maximum(
      `objectif.${ind}`,
      [fig.difference('collectif.netDejaGagnes', brut, gagnes, 'patients'), fig.saisie('zero', 0)],
      'patients',
    );
  }
  return resultat;
}
