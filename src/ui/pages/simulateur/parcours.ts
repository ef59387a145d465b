/**
 * Where the user stands in the wizard: the steps that apply to the answers, the current one and
 * the count shown as « Étape n sur N ». Before a structure is chosen, N is the liberal journey's.
 * Light on purpose (the steps as data only): the first step, in the first load, counts with it too.
 */
import { etapesActives, type Contexte, type Etape } from '../../wizard/etapes.ts';

export interface Parcours {
  etapes: Etape[];
  /** Index of the current step in `etapes` (0 when the step is not one of them). */
  index: number;
  courante: Etape | undefined;
  total: number;
}

export function parcours(ctx: Contexte, etape: string): Parcours {
  const etapes = etapesActives(ctx);
  const total =
    ctx.structure === undefined
      ? etapesActives({ ...ctx, structure: 'liberal' }).length
      : etapes.length;
  const index = Math.max(
    0,
    etapes.findIndex((e) => e.id === etape),
  );
  return { etapes, index, courante: etapes[index], total };
}
