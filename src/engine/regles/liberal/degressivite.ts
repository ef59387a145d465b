/**
 * Payment rate g(k, r) of a liberal contract year (RULES.md §5, seed 000): years 1 and 2 in full;
 * year 3 in full from 75 % of the objective, else the strategy's rate; from year 4, r.
 */
import { fig, type Figure } from '../../explication/figure.ts';
import { palierAnnee3Centres } from '../../parametres/centres.ts';
import { annee3SousSeuilLiberal, degressiviteLiberale } from '../../parametres/degressivite.ts';
import { valeurAu } from '../../parametres/types.ts';
import { ANCS_AVENANT3, DEPUIS_AVENANT7 } from '../../parametres/periodes.ts';
import type { Strategies } from '../../strategies.ts';

export function tauxVersement(
  annee: number,
  atteinte: Figure | null,
  strategies: Strategies,
): Figure {
  const { valeur: regle, provenance } = valeurAu(degressiviteLiberale, DEPUIS_AVENANT7.depuis);
  if (annee <= regle.anneesObservation) {
    return fig.parametre('taux.observation', 1, provenance, 'taux');
  }
  if (atteinte === null || atteinte.valeur === null) return fig.inconnu('taux');
  const r = atteinte.valeur;
  if (annee === 3) {
    if (r >= regle.seuilPleinAnnee3) {
      return fig.bareme(
        'taux.annee3',
        fig.parametre('taux.observation', 1, provenance, 'taux'),
        { atteinte: r, seuil: regle.seuilPleinAnnee3 },
        'taux',
        [atteinte],
      );
    }
    if (strategies.tauxAnnee3Liberal === 'palier-centres') {
      const palier = valeurAu(palierAnnee3Centres, ANCS_AVENANT3.depuis);
      if (r >= palier.valeur.palier) {
        return fig.bareme(
          'taux.palier',
          fig.parametre('taux.palier', palier.valeur.tauxPalier, palier.provenance, 'taux'),
          { atteinte: r },
          'taux',
          [atteinte],
        );
      }
    }
    return fig.bareme(
      'taux.annee3SousSeuil',
      atteinte,
      { atteinte: r, seuil: regle.seuilPleinAnnee3 },
      'taux',
      [],
      valeurAu(annee3SousSeuilLiberal, DEPUIS_AVENANT7.depuis).provenance,
    );
  }
  return fig.bareme('taux.prorata', atteinte, { atteinte: r }, 'taux');
}
