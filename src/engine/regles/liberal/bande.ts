/**
 * The percentile band that decides majorations and objective cells (RULES.md §2, §3.2, §8.1):
 * the band given by the CPAM always wins; a GP is placed from the MT count (P30 of the regime,
 * then P50 1,045, lower bound inclusive; P90 1,503 and P95 1,721 under avenant 7 only — revised
 * 2026-11: under the later regimes a count of 1,045 or more gives `P50-P90`, the CPAM states any
 * majoration band).
 */
import type { Bande } from '../../../schemas/index.ts';
import {
  p30Generalistes,
  p50GeneralistesMt,
  p90GeneralistesMt,
  p95GeneralistesMt,
} from '../../parametres/seuils-generalistes.ts';
import { valeurAu, type Provenance } from '../../parametres/types.ts';
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
  const mesure = ctx.initial.mt;
  if (!ctx.generaliste || mesure === null) return { valeur: null, origine: 'inconnue' };
  const { valeur: p30, provenance: p30Prov } = valeurAu(p30Generalistes, ctx.dateRegime);
  const seuilP30 = { seuil: p30.seuil, strict: p30.strict };
  const auDessusP30 = p30.strict ? mesure > p30.seuil : mesure >= p30.seuil;
  const date = ctx.dateRegime;
  const p50 = valeurAu(p50GeneralistesMt, date);
  const p90 = valeurAu(p90GeneralistesMt, date);
  const p95 = valeurAu(p95GeneralistesMt, date);
  let valeur: BandeCalculee;
  if (!auDessusP30) valeur = '<P30';
  else if (p95.valeur !== null && mesure >= p95.valeur) valeur = '>=P95';
  else if (p90.valeur !== null && mesure >= p90.valeur) valeur = 'P90-P95';
  else if (mesure >= p50.valeur) valeur = 'P50-P90';
  else valeur = 'P30-P50';
  const majorationParCpam = valeur === 'P50-P90' && p90.valeur === null;
  const seuil = (label: string, v: { valeur: number | null; provenance: Provenance }): Figure =>
    v.valeur === null
      ? fig.bareme(label, fig.inconnu(label), { parCpam: true }, 'patients', [], v.provenance)
      : fig.parametre(label, v.valeur, v.provenance, 'patients');
  const explication = fig.bareme(
    'bande',
    fig.saisie('bande.mesure', mesure, 'patients'),
    { bande: valeur },
    'patients',
    [
      seuil('seuil.p30', { valeur: p30.seuil, provenance: p30Prov }),
      seuil('seuil.p50', p50),
      seuil('seuil.p90', p90),
      seuil('seuil.p95', p95),
    ],
  );
  return {
    valeur,
    origine: 'effectifs',
    mesure,
    seuilP30,
    explication,
    ...(majorationParCpam ? { majorationParCpam } : {}),
  };
}
