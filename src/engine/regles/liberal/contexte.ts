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
  /** Initial patientèle per indicator (MT: adults under avenant 7, adults + children later). */
  initial: Record<Indicateur, number | null>;
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
  const p = s.patientele ?? {};
  const mt =
    p.mtAdultes === undefined
      ? null
      : regime === 'avenant7-2019'
        ? p.mtAdultes
        : p.mtAdultes + (p.mtEnfants ?? 0);
  return {
    s,
    regime,
    dateRegime,
    strategies,
    generaliste: appartient(specialite, GENERALISTES),
    indicateurs,
    initial: { mt, fileActive: p.fileActive ?? null },
  };
}
