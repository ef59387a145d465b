/**
 * The results page: verdict, what would change it, plan, objectives, what-if, comparison, answers.
 * Loaded on demand with the rules engine, which it runs on the validated answers.
 *
 * Arrival is rendered in the background (a deferred value, time-sliced by React): « Calcul en
 * cours… » stays, as while the screen loads, until the whole page is ready, then it is shown at
 * once. Rendered in one go, the engine runs, the explanation trees and the answers summary were
 * one main-thread task (81 ms of CPU on the project's machine, 540–590 ms under a 4× slowdown).
 */
import { useDeferredValue, useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import { VERIFIE_LE, VERSION_REGLES } from '../../engine/saisie.ts';
import { fr } from '../messages/fr-resultats.ts';
import { simulerSansPanne } from '../state/simulation.ts';
import { pistes as calculerPistes } from '../state/variantes.ts';
import { incertitudes, raisonsSures } from '../state/incertitudes.ts';
import { booleensNonRepondus } from '../state/inconnues.ts';
import { VerdictIncertain } from './VerdictIncertain.tsx';
import { Atteinte } from './Atteinte.tsx';
import { Comparaison } from './Comparaison.tsx';
import { CoteACote } from './CoteACote.tsx';
import { Objectifs } from './Objectifs.tsx';
import { Pistes } from './Pistes.tsx';
import { PlanSection } from './PlanSection.tsx';
import { Verdict } from './Verdict.tsx';
import { Actions } from './Actions.tsx';
import { Hypotheses, MentionsImpression } from '../components/Hypotheses.tsx';
import type { SimulationResultats } from './simulation-resultats.ts';
import { frAccueil } from '../messages/fr-accueil.ts';

interface Props {
  simulation: SimulationResultats;
  /** The results heading: it takes the focus on arrival. */
  titreRef: RefObject<HTMLHeadingElement | null>;
  /** Called once mounted (the screen is lazy-loaded: focus moves to its heading then). */
  onAffiche(): void;
  /** The answers with their « Modifier » links, printed with the results. */
  recapitulatif: ReactNode;
}

export function Resultats(props: Props) {
  /** False on arrival, then true in a background render whose result is committed whole. */
  const pret = useDeferredValue(true, false);
  return pret ? <Contenu {...props} /> : <p>{frAccueil.chargement}</p>;
}

function Contenu({ simulation: p, titreRef, onAffiche, recapitulatif }: Props) {
  const { situation, reponses, decrireChamp } = p;
  const resultat = useMemo(() => simulerSansPanne(situation), [situation]);
  const doutes = useMemo(
    () =>
      situation && resultat
        ? incertitudes(situation, resultat, booleensNonRepondus(reponses, situation.structure))
        : null,
    [situation, resultat, reponses],
  );
  /** A question that changes the verdict is unanswered: no verdict is given (issue 10). */
  const incertain = doutes !== null && doutes.decisives.length > 0;
  /** …and the amounts depend on it: no plan either, the verdict shows what each answer gives. */
  const sansPlan = incertain && !doutes.montantsCertains;
  const pistes = useMemo(
    () => (incertain ? [] : calculerPistes(situation, resultat)),
    [incertain, situation, resultat],
  );
  const manquants = (resultat?.eligibilite.manquants ?? []).map(decrireChamp);
  useEffect(() => onAffiche(), [onAffiche]);
  return (
    <section className="resultats" aria-labelledby="titre-resultats">
      <h2 id="titre-resultats" tabIndex={-1} ref={titreRef}>
        {fr.etapes.resultats}
      </h2>
      <MentionsImpression versionRegles={VERSION_REGLES} verifieLe={VERIFIE_LE} />
      {resultat === null || situation === null ? (
        <p className="erreur" role="alert">
          {fr.erreurs.calcul}
        </p>
      ) : (
        <>
          {incertain ? (
            <VerdictIncertain
              incertitudes={doutes}
              annees={resultat.annees.length}
              manquants={manquants}
              decrireChamp={decrireChamp}
              lien={p.lien}
              aller={p.aller}
            />
          ) : (
            <Verdict
              resultat={doutes ? raisonsSures(resultat, doutes.raisonsCertaines) : resultat}
              manquants={manquants}
              lien={p.lien}
              aller={p.aller}
            />
          )}
          {!incertain &&
          (resultat.eligibilite.statut === 'ineligible' ||
            resultat.eligibilite.statut === 'a-confirmer') ? (
            <Pistes pistes={pistes} statut={resultat.eligibilite.statut} appliquer={p.appliquer} />
          ) : null}
          {resultat.annees.length > 0 && !sansPlan ? (
            <PlanSection
              simulation={p}
              situation={situation}
              resultat={resultat}
              bandes={doutes?.bandes ?? null}
            />
          ) : null}
          {resultat.regime !== null && resultat.eligibilite.statut !== 'ineligible' && !sansPlan ? (
            <Objectifs
              resultat={resultat}
              reponses={reponses}
              erreurs={p.erreurs}
              saisirMt={p.saisirObjectifMt}
              repondre={p.repondre}
            />
          ) : null}
          {resultat.annees.length > 0 &&
          resultat.eligibilite.statut !== 'ineligible' &&
          !sansPlan ? (
            <Atteinte
              annees={resultat.annees.length}
              indicateurs={
                situation.structure === 'centre'
                  ? ['mt', 'fileActive']
                  : (['mt', 'fileActive'] as const).filter((i) => resultat.objectif[i] !== null)
              }
              mode={p.modeAtteinte}
              reponses={reponses}
              erreurs={p.erreurs}
              repondre={p.repondre}
              changerMode={p.changerMode}
            />
          ) : null}
          {situation.structure === 'collectif' &&
          resultat.regime !== null &&
          resultat.eligibilite.statut !== 'ineligible' &&
          !sansPlan ? (
            <CoteACote situation={situation} />
          ) : null}
          {resultat.regime !== null && situation.structure !== 'collectif' && !sansPlan ? (
            <Comparaison
              situation={situation}
              annees={resultat.annees.length}
              bandes={doutes?.bandes?.map((b) => b.bandes) ?? []}
              appliquer={p.appliquer}
            />
          ) : null}
        </>
      )}
      {resultat !== null ? <Hypotheses resultat={resultat} reponses={reponses} /> : null}
      <section className="reponses" aria-labelledby="titre-reponses">
        <h3 id="titre-reponses">{fr.impression.reponses}</h3>
        {recapitulatif}
      </section>
      <Actions lien={p.lienPartage} reponses={reponses} resultat={resultat} />
    </section>
  );
}
