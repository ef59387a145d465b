/**
 * Payment rate g(k, r) of a liberal contract year (RULES.md §5, seed 000): years 1 and 2 in full;
 * year 3 in full from 75 % of the objective, else the strategy's rate; from year 4, r.
 */
import type { Figure } from '../../explication/figure.ts';
import { palierAnnee3Centres } from '../../parametres/centres.ts';
import { annee3SousSeuilLiberal, degressiviteLiberale } from '../../parametres/degressivite.ts';
import { valeurAu } from '../../parametres/types.ts';
import { ANCS_AVENANT3, DEPUIS_AVENANT7 } from '../../parametres/periodes.ts';
import type { Strategies } from '../../strategies.ts';
import { PRORATA, tauxAnnee, type RegleTaux } from '../taux-annee.ts';

function regle(strategies: Strategies): RegleTaux {
  const { valeur, provenance } = valeurAu(degressiviteLiberale, DEPUIS_AVENANT7.depuis);
  const palier =
    strategies.tauxAnnee3Liberal === 'palier-centres'
      ? valeurAu(palierAnnee3Centres, ANCS_AVENANT3.depuis)
      : null;
  return {
    anneesObservation: valeur.anneesObservation,
    provenanceObservation: provenance,
    annee3: {
      plein: valeur.seuilPleinAnnee3,
      ...(palier
        ? {
            palier: {
              seuil: palier.valeur.palier,
              taux: palier.valeur.tauxPalier,
              provenance: palier.provenance,
            },
          }
        : {}),
      seuilDansDetails: true,
      sousSeuil: {
        label: 'taux.annee3SousSeuil',
        provenance: valeurAu(annee3SousSeuilLiberal, DEPUIS_AVENANT7.depuis).provenance,
      },
    },
    prorata: PRORATA,
  };
}

export function tauxVersement(
  annee: number,
  atteinte: Figure | null,
  strategies: Strategies,
): Figure {
  return tauxAnnee(annee, atteinte, regle(strategies));
}
