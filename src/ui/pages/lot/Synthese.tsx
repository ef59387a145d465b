/**
 * Summary for the appointment list: the aid of the eligible rows, the rows a CPAM must confirm
 * first (verdict « à confirmer », with their reasons), then the incomplete ones; printable (the
 * print view keeps the counts and this summary, lot.css). Its figures and lists come computed
 * (resume.ts, in the worker); a long list is rendered by steps, so the main thread never spends
 * one long task on thousands of items.
 */
import { useEffect, useState } from 'react';
import { euros, nombre } from '../../format.ts';
import { txt } from './messages.ts';
import type { ElementSynthese, SyntheseLot } from './resume.ts';

/** Items rendered per step (a few milliseconds of work each). */
export const ELEMENTS_PAR_ETAPE = 250;

/** How many of n items to show: one more step after each render, until all of them. */
function useParEtapes(n: number): number {
  const [montres, setMontres] = useState(ELEMENTS_PAR_ETAPE);
  useEffect(() => {
    if (montres >= n) return;
    const minuteur = setTimeout(() => setMontres((m) => m + ELEMENTS_PAR_ETAPE), 0);
    return () => clearTimeout(minuteur);
  }, [montres, n]);
  return Math.min(montres, n);
}

function Liste({ lignes }: { lignes: readonly ElementSynthese[] }) {
  const montres = useParEtapes(lignes.length);
  return (
    <ul>
      {lignes.slice(0, montres).map((l) => (
        <li key={l.ligne}>
          <strong>{l.titre}</strong>
          {l.raisons && ` — ${l.raisons}`}
        </li>
      ))}
    </ul>
  );
}

export function Synthese({ synthese }: { synthese: SyntheseLot }) {
  const t = txt.synthese;
  const { eligibles, aConfirmer, incomplets } = synthese;
  return (
    <section aria-labelledby="synthese-titre" className="synthese-lot">
      <h3 id="synthese-titre">{t.titre}</h3>
      <p>{t.aide(nombre(eligibles.nombre), euros(eligibles.somme))}</p>
      {aConfirmer.nombre > 0 && (
        <>
          {aConfirmer.somme > 0 && (
            <p>{t.aideAConfirmer(nombre(aConfirmer.nombre), euros(aConfirmer.somme))}</p>
          )}
          <h4>{t.aConfirmer(nombre(aConfirmer.nombre))}</h4>
          <Liste lignes={aConfirmer.lignes} />
        </>
      )}
      {incomplets.nombre > 0 && (
        <>
          <h4>{t.incomplets(nombre(incomplets.nombre))}</h4>
          <Liste lignes={incomplets.lignes} />
        </>
      )}
      <button type="button" className="secondaire sans-impression" onClick={() => window.print()}>
        {t.imprimer}
      </button>
    </section>
  );
}
