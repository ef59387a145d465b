/**
 * Centre objectives (RULES.md §7.2, §8.1, seed 003): FA and MT averages per doctor ETP placed in
 * the tranches; the more favourable rate (smallest increase) serves both indicators; per-ETP
 * objective = floor(average × rate); a portion's slice = per-ETP objective × its AM ETP × 2.
 * New centres: reach the P50 (FA 1,281, MT 635 per ETP): max(0, ceil(P50 − average)).
 * A contractual objective is the total at full deployment, spread pro rata of the portions' ETP.
 */
import type { SituationCentre } from '../../../schemas/index.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import { baremesCentres, tranchesCentres } from '../../parametres/centres.ts';
import { placer } from '../../parametres/bareme.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Indicateur } from '../atteinte.ts';
import type { Moyennes } from './eligibilite.ts';
import type { Portion } from './portions.ts';

export const INDICATEURS_CENTRE: readonly Indicateur[] = ['mt', 'fileActive'];

export interface ObjectifsCentre {
  /** Per doctor ETP, per indicator (null: unknown). */
  parEtp: Record<Indicateur, Figure | null>;
  /** Slice of each portion (same order as the portions), per indicator. */
  tranches: Record<Indicateur, (number | null)[]>;
  total: Record<Indicateur, Figure | null>;
  contractuel: boolean;
}

/** The tranche rate of an average, or null below the P30. */
function tauxTranche(
  ind: Indicateur,
  moyenne: number | null,
  date: string,
): { taux: number; tranche: string; figure: Figure } | null {
  if (moyenne === null) return null;
  const tranche = placer(moyenne, baremesCentres[ind], date).valeur;
  if (tranche === null) return null;
  const { valeur, provenance } = tranche.taux(date);
  return {
    taux: valeur,
    tranche: tranche.id,
    figure: fig.parametre('objectif.taux', valeur, provenance, 'taux'),
  };
}

function parEtp(s: SituationCentre, m: Moyennes, date: string): Record<Indicateur, Figure | null> {
  const moyenne = (ind: Indicateur): Figure =>
    fig.quotient(
      'centre.moyenne',
      fig.saisie(
        `initial.${ind}`,
        s.patientele?.[ind === 'mt' ? 'mtAdultes' : 'fileActive'] ?? null,
        'patients',
      ),
      fig.saisie('centre.etpMedecins', m.etpMedecins, 'etp'),
      'patients',
    );
  if (s.nouveauCentre === true) {
    const p50 = valeurAu(tranchesCentres, date);
    const cible = (ind: Indicateur): Figure | null => {
      if (m[ind] === null) return null;
      const ecart = fig.difference(
        'centre.parEtp',
        fig.parametre('objectif.p50', p50.valeur[0]![ind], p50.provenance, 'patients'),
        moyenne(ind),
        'patients',
      );
      return fig.maximum(
        'centre.parEtp',
        [fig.plafondEntier('centre.parEtp', ecart), fig.saisie('zero', 0)],
        'patients',
      );
    };
    return { mt: cible('mt'), fileActive: cible('fileActive') };
  }
  const mt = tauxTranche('mt', m.mt, date);
  const fa = tauxTranche('fileActive', m.fileActive, date);
  const places = [mt, fa].filter((t) => t !== null);
  if (places.length === 0) return { mt: null, fileActive: null };
  const retenu = places.reduce((a, b) => (b.taux < a.taux ? b : a));
  const details = {
    retenue: retenu.tranche,
    mt: mt?.tranche ?? null,
    fileActive: fa?.tranche ?? null,
  };
  const taux = fig.bareme('centre.tranche', retenu.figure, details, 'taux');
  const objectif = (ind: Indicateur): Figure | null =>
    m[ind] === null
      ? null
      : fig.plancher(
          'centre.parEtp',
          fig.produit('centre.parEtp', [moyenne(ind), taux], 'patients'),
          'patients',
        );
  return { mt: objectif('mt'), fileActive: objectif('fileActive') };
}

export function objectifsCentre(
  s: SituationCentre,
  m: Moyennes,
  portions: readonly Portion[],
  date: string,
): ObjectifsCentre {
  const unitaires = parEtp(s, m, date);
  const etpTotal = portions.reduce((t, p) => t + p.etp, 0);
  const tranches = {} as ObjectifsCentre['tranches'];
  const total = {} as ObjectifsCentre['total'];
  let contractuel = false;
  for (const ind of INDICATEURS_CENTRE) {
    const saisi = s.objectif?.[ind];
    if (saisi !== undefined) {
      contractuel = true;
      tranches[ind] = portions.map((p) => (etpTotal > 0 ? (saisi * p.etp) / etpTotal : 0));
      total[ind] = fig.saisie('objectif.contractuel', saisi, 'patients');
      continue;
    }
    const u = unitaires[ind];
    tranches[ind] = portions.map((p) =>
      u === null || u.valeur === null ? null : u.valeur * p.etp * 2,
    );
    total[ind] =
      u === null
        ? null
        : fig.produit(
            `objectif.${ind}`,
            [
              u,
              fig.saisie(
                'centre.etpServis',
                portions.reduce((t, p) => t + p.etp * 2, 0),
                'etp',
              ),
            ],
            'patients',
          );
  }
  return { parEtp: unitaires, tranches, total, contractuel };
}
