/**
 * Yearly plan of a centre (RULES.md §7.3, §7.4, §8.1, seed 003): per portion, 36,000 / 27,000 /
 * 21,000 per AM ETP by portion year; from portion year 3 the rate of its achievement, the realised
 * increase filling the oldest portion's slice first; year 3: 1 from 75 %, 0.75 from 50 %, else r.
 */
import type { SituationCentre } from '../../../schemas/index.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import { montantsCentres, palierAnnee3Centres } from '../../parametres/centres.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Strategies } from '../../strategies.ts';
import type { AnneeResultat, PortionAnnee, Statut } from '../../types.ts';
import { atteinteSaisie, combiner, type Indicateur } from '../atteinte.ts';
import { anneesDuContrat, ligneAnnee, ligneNonCalculee, totalDes } from '../annees.ts';
import type { Raisons } from '../raisons.ts';
import { PRORATA, tauxAnnee } from '../taux-annee.ts';
import { INDICATEURS_CENTRE, type ObjectifsCentre } from './objectifs.ts';
import type { Portion } from './portions.ts';

/** Portion-year rate (RULES.md §7.4): year 3 at 1 from 75 %, 0.75 from 50 %, else r. */
function tauxPortion(anneePortion: number, atteinte: Figure | null, date: string): Figure {
  const { valeur, provenance } = valeurAu(palierAnnee3Centres, date);
  return tauxAnnee(anneePortion, atteinte, {
    anneesObservation: 2,
    provenanceObservation: provenance,
    annee3: {
      plein: valeur.plein,
      palier: { seuil: valeur.palier, taux: valeur.tauxPalier, provenance },
      seuilDansDetails: false,
      sousSeuil: { label: 'taux.annee3' },
    },
    prorata: PRORATA,
  });
}

/** Achievement per active portion (seniority order) for year k, or 'manque' when no objective can measure it. */
function atteintesAnnee(
  s: SituationCentre,
  k: number,
  actives: readonly Portion[],
  obj: ObjectifsCentre,
  strategies: Strategies,
): (Figure | null)[] | 'manque' {
  if (s.atteinte !== undefined) return actives.map(() => atteinteSaisie(s.atteinte?.[k - 1]));
  const ligne = s.realise?.[k - 1];
  if (ligne === undefined) return actives.map(() => atteinteSaisie(undefined));
  const parPortion: Figure[][] = actives.map(() => []);
  let donneesSansObjectif = false;
  for (const ind of INDICATEURS_CENTRE) {
    const realise = ligne[ind];
    if (realise === undefined) continue;
    let reste = realise;
    actives.forEach((p, i) => {
      const tranche = obj.tranches[ind][p.index];
      if (tranche === null || tranche === undefined) {
        donneesSansObjectif = true;
        return;
      }
      const rempli = Math.min(tranche, Math.max(0, reste));
      reste -= tranche;
      if (tranche > 0) {
        parPortion[i]!.push(
          fig.plafonnement(
            `atteinte.${ind as Indicateur}`,
            fig.quotient(
              'atteinte',
              fig.saisie('realise', rempli, 'patients'),
              fig.saisie('objectif', tranche, 'patients'),
            ),
          ),
        );
      }
    });
  }
  if (parPortion.every((f) => f.length === 0) && donneesSansObjectif) return 'manque';
  return parPortion.map((f) =>
    f.length === 0 ? atteinteSaisie(undefined) : combiner(f, strategies),
  );
}

export function planCentre(
  s: SituationCentre,
  portions: readonly Portion[] | null,
  obj: ObjectifsCentre | null,
  statut: Statut,
  dateRegime: string,
  strategies: Strategies,
  r: Raisons,
): AnneeResultat[] {
  const montants = valeurAu(montantsCentres, dateRegime);
  const regime = 'ancs-avenant3-2020' as const;
  return anneesDuContrat(s, (k, debut) => {
    if (statut === 'ineligible' || portions === null || obj === null)
      return ligneNonCalculee(k, debut, regime, null, statut);
    const actives = portions.filter((p) => p.anneeDebut <= k);
    const besoinAtteinte = actives.some((p) => k - p.anneeDebut + 1 >= 3);
    const atteintes = besoinAtteinte
      ? atteintesAnnee(s, k, actives, obj, strategies)
      : actives.map(() => null);
    if (atteintes === 'manque') r.manque('objectif', 'objectif-manquant');
    const detail: PortionAnnee[] = [];
    const figures: Figure[] = actives.map((p, i) => {
      const anneePortion = k - p.anneeDebut + 1;
      const colonne = anneePortion === 1 ? 'a1' : anneePortion === 2 ? 'a2' : 'a3';
      const parEtp = fig.parametre(
        `plafond.${colonne}`,
        montants.valeur[colonne],
        montants.provenance,
        'euro',
      );
      const plafond = fig.produit(
        'plafond',
        [parEtp, fig.saisie('centre.etpAssistant', p.etp, 'etp')],
        'euro',
      );
      const atteinte = atteintes === 'manque' ? fig.inconnu('atteinte') : (atteintes[i] ?? null);
      const taux = tauxPortion(anneePortion, atteinte, dateRegime);
      const montant = fig.arrondi(
        'centre.portion',
        fig.produit('montant', [plafond, taux], 'euro'),
      );
      montant.details = { portion: p.index + 1, anneePortion, etp: p.etp };
      detail.push({
        portion: p.index + 1,
        etp: p.etp,
        anneePortion,
        plafond: plafond.valeur ?? 0,
        taux: taux.valeur,
        montant: montant.valeur,
        atteinte: anneePortion >= 3 ? (atteinte?.valeur ?? null) : null,
        objectif: {
          mt: obj.tranches.mt[p.index] ?? null,
          fileActive: obj.tranches.fileActive[p.index] ?? null,
        },
      });
      return montant;
    });
    const montant =
      actives.length === 0
        ? fig.saisie('avant-recrutement', 0, 'euro')
        : fig.somme('montant', figures, 'euro');
    const total = totalDes(detail);
    const plafond = detail.reduce((t, d) => t + d.plafond, 0);
    const somme = (ind: Indicateur): number | null =>
      actives.reduce<number | null>(
        (t, p) =>
          t === null || obj.tranches[ind][p.index] == null ? null : t + obj.tranches[ind][p.index]!,
        0,
      );
    const ligne = ligneAnnee(
      k,
      debut,
      regime,
      actives.length === 0 ? null : { mt: somme('mt'), fileActive: somme('fileActive') },
      plafond,
      total === null || plafond === 0 ? null : Math.round((total / plafond) * 10000) / 10000,
      actives.length === 0 ? 0 : total,
      detail.length === 1 ? detail[0]!.atteinte : null,
      montant.valeur === (actives.length === 0 ? 0 : total)
        ? montant
        : { ...montant, valeur: total },
    );
    ligne.portions = detail;
    return ligne;
  });
}
