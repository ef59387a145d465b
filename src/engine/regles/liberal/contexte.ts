/** What every liberal rule reads: the situation, its regime and the facts derived once. */
import type { RegimeLiberal, SituationLiberale } from '../../../schemas/index.ts';
import { debutRegime } from '../../parametres/regimes.ts';
import {
  GENERALISTES,
  appartient,
  specialitesDoubleIndicateur,
} from '../../parametres/specialites.ts';
import { valeurAu } from '../../parametres/types.ts';
import type { Strategies } from '../../strategies.ts';

export type Indicateur = 'mt' | 'fileActive';

export interface ContexteLiberal {
  s: SituationLiberale;
  regime: RegimeLiberal;
  /** Date on which regime-specific values are looked up (the regime's first day). */
  dateRegime: string;
  strategies: Strategies;
  /** Médecine générale or MEP: MT floor, MT + FA indicators. */
  generaliste: boolean;
  /** Indicators of the objective for this specialty and regime. */
  indicateurs: readonly Indicateur[];
  /**
   * Initial patientèle per indicator (MT: adults under avenant 7, adults + children later): the
   * base of the band, the objective and the achievement. Read up front for the indicators of the
   * specialty (and a GP's MT, his band's measure), so that the wizard asks them with the
   * patientèle whatever the later answers (issue 14); `null` for a count no rule uses.
   */
  initial: Record<Indicateur, number | null>;
}

function mtInitial(s: SituationLiberale, regime: RegimeLiberal): number | null {
  const adultes = s.patientele?.mtAdultes;
  if (adultes === undefined) return null;
  return regime === 'avenant7-2019' ? adultes : adultes + (s.patientele?.mtEnfants ?? 0);
}

export function contexteLiberal(
  s: SituationLiberale,
  regime: RegimeLiberal,
  strategies: Strategies,
): ContexteLiberal {
  const dateRegime = debutRegime(regime);
  const specialite = s.specialite ?? '';
  const doubles = valeurAu(specialitesDoubleIndicateur, dateRegime).valeur;
  const indicateurs: Indicateur[] = appartient(specialite, doubles)
    ? ['mt', 'fileActive']
    : ['fileActive'];
  const generaliste = appartient(specialite, GENERALISTES);
  return {
    s,
    regime,
    dateRegime,
    strategies,
    generaliste,
    indicateurs,
    initial: {
      mt: generaliste || indicateurs.includes('mt') ? mtInitial(s, regime) : null,
      fileActive: s.patientele?.fileActive ?? null,
    },
  };
}
