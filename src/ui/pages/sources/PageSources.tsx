/**
 * The rules and sources page: every dated parameter the engine reads (PARAMETRES) with its value
 * history, the open questions of RULES.md section 10, the named interpretations (strategies) with
 * their default, and the documents cited. Reads the engine's data; computes nothing.
 *
 * The page's frame, summary and confidence tags are shown first; the rest (41 parameter tables,
 * 1 900 elements) is rendered in the background (a deferred value, time-sliced by React) and
 * shown at once below them: rendered in one go it was a main-thread task of about 50 ms of CPU.
 */
import { useDeferredValue, useEffect } from 'react';
import { PARAMETRES, SOURCES } from '../../../engine/catalogue.ts';
import {
  STRATEGIES_PAR_DEFAUT,
  type Confiance,
  type SourceId,
  type Strategies,
} from '../../../engine/simulation.ts';
import { VERIFIE_LE, VERSION_REGLES } from '../../../engine/saisie.ts';
import { dateLongue } from '../../format.ts';
import { fr } from '../../messages/fr-resultats.ts';
import { frSources } from './messages.ts';
import { dateSource } from './periode.ts';
import { TableParametre } from './TableParametre.tsx';
import { EnTetePage } from '../../components/EnTetePage.tsx';

const S = frSources.sections;
const SOMMAIRE = [
  ['confiance', S.confiance],
  ['parametres', S.parametres],
  ['hypotheses', S.hypotheses],
  ['strategies', S.strategies],
  ['sources', S.sources],
] as const;

function Strategie<K extends keyof Strategies>({ cle }: { cle: K }) {
  const t = frSources.strategies.textes[cle] as {
    question: string;
    reference: string;
    choix: Readonly<Record<string, string>>;
  };
  const choisi = STRATEGIES_PAR_DEFAUT[cle] as string;
  const autres = Object.entries(t.choix).filter(([v]) => v !== choisi);
  return (
    <li>
      <p className="strategie-question">
        <strong>{t.question}</strong> ({t.reference})
      </p>
      <p>
        {frSources.strategies.titre}
        {'\u00a0: '}
        <strong>{t.choix[choisi] ?? choisi}</strong>
      </p>
      {autres.length > 0 ? (
        <p>
          {frSources.strategies.alternatives} : {autres.map(([, libelle]) => libelle).join(' ; ')}
        </p>
      ) : null}
    </li>
  );
}

/** Once the whole page is there, a link to a part of it (#parametre-…) is followed. */
function useAncre(pret: boolean) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (pret && id && window.scrollY === 0) document.getElementById(id)?.scrollIntoView();
  }, [pret]);
}

export function PageSources() {
  const pret = useDeferredValue(true, false);
  useAncre(pret);
  return (
    <>
      <EnTetePage
        titre={frSources.titre}
        intro={frSources.intro}
        navigation={frSources.navigation.libelle}
        liens={[
          { href: 'index.html', texte: frSources.navigation.simulateur },
          { href: 'dossiers.html', texte: frSources.navigation.dossiers },
        ]}
      />
      <main id="contenu" className="page-sources">
        <p className="version-regles">
          <strong>{frSources.version(VERSION_REGLES)}</strong> —{' '}
          {frSources.verifieLe(dateLongue(VERIFIE_LE))}
        </p>
        <nav aria-label={frSources.navigation.sommaire}>
          <ul className="sommaire">
            {SOMMAIRE.map(([id, titre]) => (
              <li key={id}>
                <a href={`#${id}`}>{titre}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="confiance">
          <h2 id="confiance">{S.confiance}</h2>
          <dl className="valeur-objet">
            {(Object.keys(frSources.confiance) as Confiance[]).map((c) => (
              <div key={c}>
                <dt>
                  <span className={`etiquette etiquette-${c}`}>{fr.confiance[c]}</span>
                </dt>
                <dd>{frSources.confiance[c]}</dd>
              </div>
            ))}
          </dl>
        </section>

        {pret ? <Suite /> : null}
      </main>
    </>
  );
}

/** Everything below the confidence tags: parameters, hypotheses, strategies, sources. */
function Suite() {
  return (
    <>
      <section aria-labelledby="parametres">
        <h2 id="parametres">{S.parametres}</h2>
        {PARAMETRES.map((p) => (
          <TableParametre key={p.id} parametre={p} />
        ))}
      </section>

      <section aria-labelledby="hypotheses">
        <h2 id="hypotheses">{S.hypotheses}</h2>
        <ol className="hypotheses">
          {frSources.hypotheses.map((h) => (
            <li key={h.question}>
              <p>{h.question}</p>
              <p>
                <strong>
                  {frSources.strategies.titre}
                  {'\u00a0:'}
                </strong>{' '}
                {h.choix}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="strategies">
        <h2 id="strategies">{S.strategies}</h2>
        <ul className="strategies">
          {(Object.keys(STRATEGIES_PAR_DEFAUT) as (keyof Strategies)[]).map((cle) => (
            <Strategie key={cle} cle={cle} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{S.sources}</h2>
        <ul className="liste-sources">
          {(Object.entries(SOURCES) as [SourceId, (typeof SOURCES)[SourceId]][]).map(
            ([id, source]) => (
              <li key={id} id={`source-${id}`} tabIndex={-1}>
                <p>{source.url ? <a href={source.url}>{source.titre}</a> : source.titre}</p>
                <p className="parametre-meta">
                  {frSources.sourcesListe.date(dateSource(source.date))}
                  {source.url ? '' : ` — ${frSources.sourcesListe.sansLien}`}
                </p>
              </li>
            ),
          )}
        </ul>
      </section>
    </>
  );
}
