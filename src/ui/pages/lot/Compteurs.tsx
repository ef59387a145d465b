/** Rows per verdict, and the total. */
import { nombre } from '../../format.ts';
import { txt, VERDICTS, type Verdict } from './messages.ts';

export function Compteurs({ comptes, total }: { comptes: Record<Verdict, number>; total: number }) {
  return (
    <>
      <h3 id="compteurs-titre">{txt.resultats.compteurs}</h3>
      <ul className="compteurs" aria-labelledby="compteurs-titre">
        {VERDICTS.map((v) => (
          <li key={v} className={`compteur compteur-${v}`}>
            <span>{txt.verdicts[v]}</span> <strong>{nombre(comptes[v])}</strong>
          </li>
        ))}
        <li className="compteur">
          <span>{txt.resultats.total}</span> <strong>{nombre(total)}</strong>
        </li>
      </ul>
    </>
  );
}
