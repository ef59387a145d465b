/** A centre de santé's simulation (RULES.md §7, §8.1). */
import type { SituationCentre } from '../../../schemas/index.ts';
import { debutRegime } from '../../parametres/regimes.ts';
import type { Strategies } from '../../strategies.ts';
import type { Resultat } from '../../types.ts';
import { ANNEES_PAR_DEFAUT, resultatSansOption } from '../annees.ts';
import { Raisons } from '../raisons.ts';
import { planCentre } from './annees.ts';
import { eligibiliteCentre, moyennesParEtp } from './eligibilite.ts';
import { objectifsCentre } from './objectifs.ts';
import { plafondsCentre, portionsPlafonnees } from './portions.ts';

export function simulerCentre(s: SituationCentre, strategies: Strategies): Resultat {
  const regime = 'ancs-avenant3-2020' as const;
  const dateRegime = debutRegime(regime);
  const r = new Raisons();
  const m = moyennesParEtp(s);
  eligibiliteCentre(s, m, dateRegime, r);
  const plafonds = plafondsCentre(s, dateRegime);
  const portions =
    m.etpMedecins !== null && s.assistants?.length
      ? portionsPlafonnees(s, plafonds, m.etpMedecins, r)
      : null;
  const obj = portions ? objectifsCentre(s, m, portions, dateRegime) : null;
  const n = s.annees ?? ANNEES_PAR_DEFAUT;
  const demandes = s.assistants ?? [];
  if (demandes.length > 0 && demandes.every((a) => a.anneeDebut > n)) {
    const premiere = Math.min(...demandes.map((a) => a.anneeDebut));
    r.ajouter('information', 'assistants-apres-projection', { premiere, annees: n });
  }
  const annees = planCentre(s, portions, obj, r.statut(), dateRegime, strategies, r);
  return resultatSansOption(
    'centre',
    regime,
    r.eligibilite(),
    {
      mt: obj?.total.mt?.valeur ?? null,
      fileActive: obj?.total.fileActive?.valeur ?? null,
      origine: obj === null ? 'aucun' : obj.contractuel ? 'contractuel' : 'centre',
      explications: { mt: obj?.total.mt ?? null, fileActive: obj?.total.fileActive ?? null },
    },
    annees,
  );
}
