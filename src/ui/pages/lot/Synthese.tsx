/**
 * Summary for the appointment list: the aid of the eligible rows, the rows a CPAM must confirm
 * first (verdict « à confirmer », with their reasons), then the incomplete ones; printable (the
 * print view keeps the counts and this summary, lot.css). Its figures and lists come computed
 * (resume.ts, in the worker); a long list is rendered by steps, so the main thread never spends
 * one long task on thousands of items.
 */
import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { euros, nombre } from '../../format.ts';
import { txt } from './messages.ts';
import type { ElementSynthese, SyntheseLot } from './resume.ts';

/** Items rendered per step (one step a frame): a few milliseconds of rendering and layout. */
export const ELEMENTS_PAR_ETAPE = 50;

/** After the next frame is drawn: each step is laid out alone, never several in one frame. */
function apresImage(rappel: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const minuteur = setTimeout(rappel, 0);
    return () => clearTimeout(minuteur);
  }
  let minuteur: ReturnType<typeof setTimeout> | undefined;
  const image = requestAnimationFrame(() => (minuteur = setTimeout(rappel, 0)));
  return () => {
    cancelAnimationFrame(image);
    clearTimeout(minuteur);
  };
}

/**
 * How many of n items to show: a short list at once; a long one from the next frame on (the
 * results table is laid out first), one more step a frame, until all of them. Printing before
 * the end shows them all at once: the summary is printed whole.
 */
function useParEtapes(n: number): number {
  const [montres, setMontres] = useState(() => (n <= ELEMENTS_PAR_ETAPE ? n : 0));
  useEffect(() => {
    if (montres >= n) return;
    const annuler = apresImage(() => setMontres((m) => m + ELEMENTS_PAR_ETAPE));
    const imprimer = () => flushSync(() => setMontres(n));
    window.addEventListener('beforeprint', imprimer);
    return () => {
      annuler();
      window.removeEventListener('beforeprint', imprimer);
    };
  }, [montres, n]);
  return Math.min(montres, n);
}

/** One step of a list: rendered once, then skipped by React when the next steps come. */
const Morceau = memo(function Morceau({
  lignes,
  debut,
}: {
  lignes: readonly ElementSynthese[];
  debut: number;
}) {
  return lignes.slice(debut, debut + ELEMENTS_PAR_ETAPE).map((l) => (
    <li key={l.ligne}>
      <strong>{l.titre}</strong>
      {l.raisons && ` — ${l.raisons}`}
    </li>
  ));
});

function Liste({ lignes }: { lignes: readonly ElementSynthese[] }) {
  const montres = useParEtapes(lignes.length);
  const morceaux = [];
  for (let debut = 0; debut < montres; debut += ELEMENTS_PAR_ETAPE)
    morceaux.push(<Morceau key={debut} lignes={lignes} debut={debut} />);
  return <ul className={lignes.length > ELEMENTS_PAR_ETAPE ? 'longue' : undefined}>{morceaux}</ul>;
}

/** Memoised: a sort, a filter or a page change does not render the summary again. */
export const Synthese = memo(function Synthese({ synthese }: { synthese: SyntheseLot }) {
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
});
