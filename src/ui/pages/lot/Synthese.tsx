/**
 * Summary for the appointment list: the aid of the eligible rows, the rows a CPAM must confirm
 * first (verdict « à confirmer », with their reasons), then the incomplete ones; printable (the
 * print view keeps the counts and this summary, lot.css).
 */
import { euros, nombre } from '../../format.ts';
import { txt } from './messages.ts';
import type { LigneLot } from './traitement.ts';

const somme = (lignes: readonly LigneLot[]): number =>
  lignes.reduce((s, l) => s + (l.total ?? 0), 0);

function Liste({ lignes }: { lignes: readonly LigneLot[] }) {
  return (
    <ul>
      {lignes.map((l) => (
        <li key={l.ligne}>
          <strong>{txt.synthese.ligne(l.ligne, l.reference)}</strong>
          {l.raisons.length > 0 && ` — ${l.raisons.map((r) => r.message).join(' ')}`}
        </li>
      ))}
    </ul>
  );
}

export function Synthese({ lignes }: { lignes: readonly LigneLot[] }) {
  const t = txt.synthese;
  const eligibles = lignes.filter((l) => l.verdict === 'eligible');
  const aConfirmer = lignes.filter((l) => l.verdict === 'a-confirmer');
  const incomplets = lignes.filter((l) => l.verdict === 'incomplet');
  return (
    <section aria-labelledby="synthese-titre" className="synthese-lot">
      <h3 id="synthese-titre">{t.titre}</h3>
      <p>{t.aide(nombre(eligibles.length), euros(somme(eligibles)))}</p>
      {aConfirmer.length > 0 && (
        <>
          {somme(aConfirmer) > 0 && (
            <p>{t.aideAConfirmer(nombre(aConfirmer.length), euros(somme(aConfirmer)))}</p>
          )}
          <h4>{t.aConfirmer(nombre(aConfirmer.length))}</h4>
          <Liste lignes={aConfirmer} />
        </>
      )}
      {incomplets.length > 0 && (
        <>
          <h4>{t.incomplets(nombre(incomplets.length))}</h4>
          <Liste lignes={incomplets} />
        </>
      )}
      <button type="button" className="secondaire sans-impression" onClick={() => window.print()}>
        {t.imprimer}
      </button>
    </section>
  );
}
