/**
 * Centres' payment calendar, per recruitment (portion) and its own year counter (RULES.md §7.5,
 * seed 003): year 1 — 70 % 15 days after the recruitment proofs, 30 % at the 1st anniversary;
 * year 2 — 70 % at the 1st anniversary, 30 % at the 2nd; later years — see avances-centre.ts.
 * Amounts are the engine's portion amounts, never recomputed here.
 */
import { anniversaire, maxDate } from '../../dates.ts';
import { debutRegime } from '../../parametres/regimes.ts';
import { calendrierCentres } from '../../parametres/calendrier.ts';
import { valeurAu } from '../../parametres/types.ts';
import { echeancesSuivantes } from './avances-centre.ts';
import { versementsDe, type PlacerVersements } from './echeances.ts';

export const versementsCentre: PlacerVersements = (s, resultat, options, hypotheses) => {
  const regles = valeurAu(
    calendrierCentres,
    maxDate(s.dateSignature, debutRegime('ancs-avenant3-2020')),
  ).valeur;
  return resultat.annees.flatMap((a) =>
    (a.portions ?? []).flatMap((p) => {
      if (p.montant === null) return [];
      const depart = anniversaire(s.dateSignature, a.annee - p.anneePortion);
      const connue = options.dateRecrutement !== undefined && depart === s.dateSignature;
      const precedente =
        resultat.annees[a.annee - 2]?.portions?.find((x) => x.portion === p.portion)?.atteinte ??
        null;
      const echeances =
        p.anneePortion === 1
          ? regles.annee1
          : p.anneePortion === 2
            ? regles.annee2
            : echeancesSuivantes(regles.suivantes, p.anneePortion, precedente, p.atteinte);
      return versementsDe(
        echeances,
        p.montant,
        {
          debut: a.debut,
          fin: anniversaire(s.dateSignature, a.annee),
          recrutement: connue ? (options.dateRecrutement ?? depart) : depart,
          recrutementSuppose: connue ? null : 'recrutement-centre',
        },
        { annee: a.annee, portion: p.portion, anneePortion: p.anneePortion },
        hypotheses,
      );
    }),
  );
};
