/**
 * The percentile band that decides majorations and objective cells (RULES.md §2, §3.2, §8.1):
 * the band given by the CPAM always wins; a GP is placed from the MT count (P30 of the regime,
 * then P50 1,045, lower bound inclusive; P90 1,503 and P95 1,721 under avenant 7 only — revised
 * 2026-11: under the later regimes a count of 1,045 or more gives `P50-P90`, the CPAM states any
 * majoration band).
 */
import type { Bande } from '../../../schemas/index.ts';
import { placer } from '../../parametres/bareme.ts';
import { bandesGeneralistes } from '../../parametres/seuils-generalistes.ts';
import { fig, type Figure } from '../../explication/figure.ts';
import type { ContexteLiberal } from './contexte.ts';

/** From counts a GP between P50 and P90 cannot be placed finer (P70 unknown). */
export type BandeCalculee = Bande | 'P50-P90';

export interface Placement {
  valeur: BandeCalculee | null;
  origine: 'saisie' | 'effectifs' | 'inconnue';
  /** The MT count compared, and the P30 that decided the floor (GPs from counts). */
  mesure?: number;
  /** At or above P50 where counts cannot place a majoration band: the CPAM states it (§3.2). */
  majorationParCpam?: boolean;
  /** From counts: the measured count and every threshold compared, with their provenance. */
  explication?: Figure;
  seuilP30?: { seuil: number; strict: boolean };
}

export function placement(ctx: ContexteLiberal): Placement {
  if (ctx.s.bande) return { valeur: ctx.s.bande, origine: 'saisie' };
  if (!ctx.generaliste) return { valeur: null, origine: 'inconnue' };
  const mesure = ctx.initial.mt;
  if (mesure === null) return { valeur: null, origine: 'inconnue' };
  const { valeur, seuils } = placer(mesure, bandesGeneralistes, ctx.dateRegime);
  const [p30, , p90] = seuils;
  const majorationParCpam = valeur === 'P50-P90' && p90?.valeur === null;
  const explication = fig.bareme(
    'bande',
    fig.saisie('bande.mesure', mesure, 'patients'),
    { bande: valeur },
    'patients',
    seuils.map((s) =>
      s.valeur === null
        ? fig.bareme(s.label, fig.inconnu(s.label), { parCpam: true }, 'patients', [], s.provenance)
        : fig.parametre(s.label, s.valeur, s.provenance, 'patients'),
    ),
  );
  return {
    valeur,
    origine: 'effectifs',
    mesure,
    seuilP30: { seuil: p30!.valeur!, strict: p30!.strict },
    explication,
    ...(majorationParCpam ? { majorationParCpam } : {}),
  };
}
