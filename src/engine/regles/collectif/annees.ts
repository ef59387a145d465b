/**
 * Yearly plan of the collective contract (RULES.md §7 bis.2, §8.1) [non officiel]: 38,000 /
 * 28,000 / 22,000 per assistant ETP, prorated to the capped ETP; years 1 and 2 paid in full; from
 * year 3 the aid is prorated to achievement (rate = r, no 75 % step). r per indicator as §5, the
 * more favourable counts; an indicator whose objective is 0 is ignored, r = 1 when both are 0.
 */
import type { SituationCollectif } from '../../../schemas/index.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import { montantsCollectif } from '../../parametres/collectif.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Strategies } from '../../strategies.ts';
import type { AnneeResultat, Statut } from '../../types.ts';
import { atteinteRealisee, type AtteinteCalculee, type MesureIndicateur } from '../atteinte.ts';
import { anneesDuContrat, atteinteDeLAnnee, ligneAnnee, ligneNonCalculee } from '../annees.ts';
import type { Raisons } from '../raisons.ts';
import { tauxAnnee } from '../taux-annee.ts';
import { INDICATEURS_COLLECTIF, type ObjectifsCollectif } from './plafond.ts';

function atteinteAnnee(
  s: SituationCollectif,
  k: number,
  obj: ObjectifsCollectif,
  strategies: Strategies,
): AtteinteCalculee {
  return atteinteDeLAnnee(s, k, strategies, (ligne) => {
    const mesures: MesureIndicateur[] = INDICATEURS_COLLECTIF.map((ind) => ({
      indicateur: ind,
      objectif: obj[ind]?.valeur ?? null,
      realise: ligne[ind],
      initial: null,
    }));
    if (mesures.every((m) => m.objectif === 0))
      return {
        figure: fig.bareme('atteinte.objectifsNuls', fig.saisie('atteinte', 1, 'taux'), {
          objectifsNuls: true,
        }),
      };
    return atteinteRealisee(
      mesures.filter((m) => m.objectif !== 0),
      strategies,
    );
  });
}

/** Years 1 and 2 in full, then the prorata of achievement, without a year-3 step. */
function taux(k: number, atteinte: Figure | null, date: string): Figure {
  return tauxAnnee(k, atteinte, {
    anneesObservation: 2,
    provenanceObservation: valeurAu(montantsCollectif, date).provenance,
    prorata: { label: 'taux.prorataCollectif', details: (_r, annee) => ({ annee }) },
  });
}

export function planCollectif(
  s: SituationCollectif,
  etp: Figure | null,
  obj: ObjectifsCollectif,
  statut: Statut,
  dateRegime: string,
  strategies: Strategies,
  r: Raisons,
): AnneeResultat[] {
  const montants = valeurAu(montantsCollectif, dateRegime);
  const objectif = { mt: obj.mt?.valeur ?? null, fileActive: obj.fileActive?.valeur ?? null };
  return anneesDuContrat(s, (k, debut) => {
    if (statut === 'ineligible' || etp === null)
      return ligneNonCalculee(k, debut, 'collectif-2026', objectif, statut);
    const colonne = k === 1 ? 'a1' : k === 2 ? 'a2' : 'a3';
    const plafond = fig.produit(
      'plafond',
      [
        fig.parametre(`plafond.${colonne}`, montants.valeur[colonne], montants.provenance, 'euro'),
        etp,
      ],
      'euro',
    );
    let atteinte: Figure | null = null;
    if (k >= 3) {
      const calcul = atteinteAnnee(s, k, obj, strategies);
      if ('manqueObjectif' in calcul) r.manque('objectif', 'objectif-manquant');
      else atteinte = calcul.figure;
    }
    const t = taux(k, atteinte, dateRegime);
    const montant = fig.arrondi('montant', fig.produit('montant', [plafond, t], 'euro'));
    return ligneAnnee(
      k,
      debut,
      'collectif-2026',
      objectif,
      plafond.valeur,
      t.valeur,
      montant.valeur,
      atteinte?.valeur ?? null,
      montant,
    );
  });
}
