/** The collective contract of a group of GPs (RULES.md §7 bis, §8.1) [non officiel]. */
import type { SituationCollectif } from '../../../schemas/index.ts';
import { maxDate } from '../../dates.ts';
import { debutRegime } from '../../parametres/regimes.ts';
import type { Strategies } from '../../strategies.ts';
import type { Resultat } from '../../types.ts';
import { resultatSansOption } from '../annees.ts';
import { Raisons } from '../raisons.ts';
import { planCollectif } from './annees.ts';
import { eligibiliteCollectif } from './eligibilite.ts';
import { etpRetenu, objectifsCollectif } from './plafond.ts';

export function simulerCollectif(s: SituationCollectif, strategies: Strategies): Resultat {
  const regime = 'collectif-2026' as const;
  const dateRegime = debutRegime(regime);
  // A forced regime before its start (a comparison) reads its first day's values (§8.1).
  const dateSignature = maxDate(s.dateSignature, dateRegime);
  const r = new Raisons();
  r.ajouter('information', 'collectif-non-officiel');
  eligibiliteCollectif(s, dateRegime, r);
  const etp = etpRetenu(s, dateSignature, r);
  const obj = objectifsCollectif(s, etp, dateRegime);
  const annees = planCollectif(s, etp, obj, r.statut(), dateRegime, strategies, r);
  return resultatSansOption(
    'collectif',
    regime,
    r.eligibilite(),
    {
      mt: obj.mt?.valeur ?? null,
      fileActive: obj.fileActive?.valeur ?? null,
      origine: obj.contractuel ? 'contractuel' : obj.mt || obj.fileActive ? 'collectif' : 'aucun',
      explications: { mt: obj.mt, fileActive: obj.fileActive },
    },
    annees,
    { etpRetenu: etp?.valeur ?? null },
  );
}
