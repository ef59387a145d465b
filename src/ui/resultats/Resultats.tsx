/**
 * The results page: verdict, what would change it, plan, objectives, what-if, comparison, answers.
 * Loaded on demand with the rules engine, which it runs on the validated answers.
 */
import { useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import {
  VERIFIE_LE,
  VERSION_REGLES,
  type ErreurChamp,
  type Situation,
} from '../../engine/index.ts';
import { dateLongue, nombre } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import type { Reponses } from '../state/champs.ts';
import type { ModeAtteinte } from '../state/reducer.ts';
import { simulerSansPanne } from '../state/simulation.ts';
import { pistes as calculerPistes } from '../state/variantes.ts';
import { incertitudes, raisonsSures } from '../state/incertitudes.ts';
import { booleensNonRepondus } from '../state/inconnues.ts';
import { PlanBandes } from './PlanBandes.tsx';
import { VerdictIncertain } from './VerdictIncertain.tsx';
import { Atteinte } from './Atteinte.tsx';
import { Comparaison } from './Comparaison.tsx';
import { CoteACote } from './CoteACote.tsx';
import { frCollectifResultats } from '../messages/fr-collectif-resultats.ts';
import { Objectifs } from './Objectifs.tsx';
import { Pistes } from './Pistes.tsx';
import { PlanGraphique } from './PlanGraphique.tsx';
import { PlanTableau } from './PlanTableau.tsx';
import { Verdict } from './Verdict.tsx';
import { Actions } from './Actions.tsx';
import { ChampListe } from '../components/ChampListe.tsx';
import { idChamp } from '../components/ids.ts';
import { erreursDe } from '../state/analyse.ts';
import { Hypotheses, MentionsImpression } from '../components/Hypotheses.tsx';

const DUREES = Array.from({ length: 10 }, (_, i) => [String(i + 1), fr.plan.duree(i + 1)] as const);

interface Props {
  titreRef: RefObject<HTMLHeadingElement | null>;
  situation: Situation | null;
  /** Called once mounted (the screen is lazy-loaded: focus moves to its heading then). */
  onAffiche(): void;
  /** A missing field as the verdict names it: its label and the step that asks it. */
  decrireChamp(champ: string): { champ: string; libelle: string; etape: string | undefined };
  reponses: Reponses;
  erreurs: readonly ErreurChamp[];
  modeAtteinte: ModeAtteinte;
  saisirObjectifMt: boolean;
  recapitulatif: ReactNode;
  lienPartage: string;
  lien(etape: string): string;
  aller(etape: string): void;
  repondre(cle: string, valeur: string): void;
  appliquer(changements: Record<string, string>): void;
  changerMode(mode: ModeAtteinte): void;
}

export function Resultats({ titreRef, onAffiche, situation, decrireChamp, reponses, ...p }: Props) {
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
  const etapeBande = decrireChamp('bande').etape;
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
            <Pistes pistes={pistes} appliquer={p.appliquer} />
          ) : null}
          {resultat.annees.length > 0 && !sansPlan ? (
            <section className="plan-section" aria-labelledby="titre-plan">
              <h3 id="titre-plan">{fr.plan.titre}</h3>
              {situation.structure === 'collectif' ? (
                <>
                  <p role="note" className="notice non-officiel">
                    {frCollectifResultats.nonOfficiel}
                  </p>
                  {typeof resultat.etpRetenu === 'number' ? (
                    <p>{frCollectifResultats.etpRetenu(nombre(resultat.etpRetenu))}</p>
                  ) : null}
                </>
              ) : null}
              <div className="no-print">
                <ChampListe
                  id={idChamp('annees')}
                  label={fr.champs.annees?.label ?? 'annees'}
                  choix={DUREES}
                  valeur={reponses.annees ?? String(resultat.annees.length)}
                  erreurs={erreursDe(p.erreurs, 'annees')}
                  onChange={(v) => p.repondre('annees', v)}
                />
              </div>
              {resultat.annees.some((a) => a.debut > VERIFIE_LE) ? (
                <p role="note" className="notice">
                  {fr.projection.texte(dateLongue(VERIFIE_LE))}{' '}
                  <a href="sources.html">{fr.projection.lien}</a>
                </p>
              ) : null}
              {doutes?.bandes ? (
                <PlanBandes
                  plans={doutes.bandes}
                  lienBande={
                    etapeBande
                      ? { href: p.lien(etapeBande), aller: () => p.aller(etapeBande) }
                      : null
                  }
                />
              ) : (
                <>
                  <PlanTableau resultat={resultat} />
                  {resultat.total !== 0 && resultat.total !== null ? (
                    <PlanGraphique resultat={resultat} />
                  ) : null}
                </>
              )}
            </section>
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
        {p.recapitulatif}
      </section>
      <Actions lien={p.lienPartage} reponses={reponses} resultat={resultat} />
    </section>
  );
}
