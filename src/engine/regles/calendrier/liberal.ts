/**
 * Liberal doctors' payment calendar (RULES.md §6; seed 000 for the 70 % advance of avenant 7,
 * djibe [non officiel] for the rest): avenant 7 — 70 % of year 1 within 15 days of the assistant's
 * recruitment, balance at the anniversary; later regimes — year 1 in full within the month after
 * signature, year 2 at the anniversary, from year 3 two instalments of 50 %. Amounts are the
 * engine's yearly amounts (with the 2024 revaluation), never recomputed here.
 */
import { anniversaire } from '../../dates.ts';
import { calendrierLiberal } from '../../parametres/calendrier.ts';
import { regimesLiberaux } from '../../parametres/regimes.ts';
import { valeurAu } from '../../parametres/types.ts';
import { versementsDe, type PlacerVersements } from './echeances.ts';

/** The calendar follows the contract's regime (forced or by signature date), not the year's amounts. */
function dateDuRegime(regime: string, dateSignature: string): string {
  const v = regimesLiberaux.valeurs.find((x) => x.valeur === regime);
  return v ? v.depuis : dateSignature;
}

export const versementsLiberal: PlacerVersements = (s, resultat, options, hypotheses, regime) => {
  const regles = valeurAu(calendrierLiberal, dateDuRegime(regime, s.dateSignature)).valeur;
  return resultat.annees.flatMap((a) => {
    if (a.montant === null) return [];
    const echeances =
      a.annee === 1 ? regles.annee1 : a.annee === 2 ? regles.annee2 : regles.suivantes;
    return versementsDe(
      echeances,
      a.montant,
      {
        debut: a.debut,
        fin: anniversaire(s.dateSignature, a.annee),
        recrutement: options.dateRecrutement ?? s.dateSignature,
        recrutementSuppose: options.dateRecrutement ? null : 'recrutement-liberal',
      },
      { annee: a.annee },
      hypotheses,
    );
  });
};
