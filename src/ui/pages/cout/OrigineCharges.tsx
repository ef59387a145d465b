/** Where the employer contributions come from: the social model (its version and year) or a typed rate. */
import type { CoutNet } from '../../../engine/cout.ts';
import { frCout } from './messages.ts';

const o = frCout.origine;

export function OrigineCharges({
  cout,
  pourcent,
}: {
  cout: CoutNet;
  pourcent: (taux: number) => string;
}) {
  const c = cout.calcul;
  if (!c) return null;
  if (c.methode === 'taux-saisi') return <li>{o.chargesSaisies(pourcent(c.taux))}</li>;
  const avant = cout.annees.filter((a) => a.horsAnneeRegles === 'avant').map((a) => a.annee);
  const apres = cout.annees.filter((a) => a.horsAnneeRegles === 'apres').map((a) => a.annee);
  return (
    <>
      <li>{o.modele(c.version, c.anneeRegles)}</li>
      {avant.length > 0 ? <li>{o.avant(o.annees(avant), c.anneeRegles)}</li> : null}
      {apres.length > 0 ? <li>{o.apres(o.annees(apres), c.anneeRegles)}</li> : null}
      <li>{o.horsModele}</li>
    </>
  );
}
