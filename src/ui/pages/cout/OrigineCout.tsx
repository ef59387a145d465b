/** Where the cost's figures come from: salary per year, contributions, last known values. */
import { useId } from 'react';
import type { CoutNet } from '../../../engine/cout.ts';
import { pourcent } from '../../format.ts';
import { frCout } from './messages.ts';
import { OrigineCharges } from './OrigineCharges.tsx';
import { originesSalaire } from './origines-salaire.ts';

export function OrigineCout({ cout }: { cout: CoutNet }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-origine`} className="origine-cout">
      <h2 id={`${id}-origine`}>{frCout.origine.titre}</h2>
      <ul>
        {originesSalaire(cout).map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
        <OrigineCharges cout={cout} pourcent={pourcent} />
        <li>{frCout.origine.derniereValeur}</li>
      </ul>
      <p>
        <a href="./sources.html#parametre-cout-salaire-minimum-conventionnel">
          {frCout.origine.lienSources}
        </a>
      </p>
      <p>{frCout.horsChamp}</p>
    </section>
  );
}
