/** Where each year's salary comes from, in sentences (typed, the agreement's minimum or the SMIC). */
import type { CoutNet, SalaireRetenu } from '../../../engine/cout.ts';
import { euros } from '../../format.ts';
import { frCout } from './messages.ts';

export const defautDe = (s: SalaireRetenu): number =>
  s.conventionnel !== null && s.conventionnel >= s.smic ? s.conventionnel : s.smic;

/** One sentence per run of years sharing the same salary and origin. */
export function originesSalaire(cout: CoutNet): string[] {
  const groupes: { origine: SalaireRetenu['origine']; salaire: SalaireRetenu; annees: number[] }[] =
    [];
  for (const a of cout.annees) {
    const dernier = groupes.at(-1);
    if (
      dernier &&
      dernier.origine === a.salaire.origine &&
      dernier.salaire.montant === a.salaire.montant &&
      dernier.salaire.conventionnel === a.salaire.conventionnel
    )
      dernier.annees.push(a.annee);
    else groupes.push({ origine: a.salaire.origine, salaire: a.salaire, annees: [a.annee] });
  }
  return groupes.map((g) => {
    const annees = frCout.origine.annees(g.annees);
    if (g.origine === 'saisie') return frCout.origine.saisie(euros(g.salaire.montant));
    if (g.origine === 'conventionnel')
      return frCout.origine.conventionnel(annees, euros(g.salaire.montant));
    return frCout.origine.smic(
      annees,
      euros(g.salaire.montant),
      g.salaire.conventionnel === null ? null : euros(g.salaire.conventionnel),
    );
  });
}
