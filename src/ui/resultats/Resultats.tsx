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
import { dateLongue } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import type { Reponses } from '../state/champs.ts';
import type { ModeAtteinte } from '../state/reducer.ts';
import { simulerSansPanne } from '../state/simulation.ts';
import { pistes as calculerPistes } from '../state/variantes.ts';
import { Atteinte } from './Atteinte.tsx';
import { Comparaison } from './Comparaison.tsx';
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

export function Resultats({ titreRef, onAffiche, situation, decrireChamp, ...p }: Props) {
  const resultat = useMemo(() => simulerSansPanne(situation), [situation]);
  const pistes = useMemo(() => calculerPistes(situation, resultat), [situation, resultat]);
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
          <Verdict resultat={resultat} manquants={manquants} lien={p.lien} aller={p.aller} />
          {resultat.eligibilite.statut === 'ineligible' ||
          resultat.eligibilite.statut === 'a-confirmer' ? (
            <Pistes pistes={pistes} appliquer={p.appliquer} />
          ) : null}
          {resultat.annees.length > 0 ? (
            <section className="plan-section" aria-labelledby="titre-plan">
              <h3 id="titre-plan">{fr.plan.titre}</h3>
              <div className="no-print">
                <ChampListe
                  id={idChamp('annees')}
                  label={fr.champs.annees?.label ?? 'annees'}
                  choix={DUREES}
                  valeur={p.reponses.annees ?? String(resultat.annees.length)}
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
              <PlanTableau resultat={resultat} />
              {resultat.total !== 0 ? <PlanGraphique resultat={resultat} /> : null}
            </section>
          ) : null}
          {resultat.regime !== null && resultat.eligibilite.statut !== 'ineligible' ? (
            <Objectifs
              resultat={resultat}
              reponses={p.reponses}
              erreurs={p.erreurs}
              saisirMt={p.saisirObjectifMt}
              repondre={p.repondre}
            />
          ) : null}
          {resultat.annees.length > 0 && resultat.eligibilite.statut !== 'ineligible' ? (
            <Atteinte
              annees={resultat.annees.length}
              indicateurs={
                situation.structure === 'centre'
                  ? ['mt', 'fileActive']
                  : (['mt', 'fileActive'] as const).filter((i) => resultat.objectif[i] !== null)
              }
              mode={p.modeAtteinte}
              reponses={p.reponses}
              erreurs={p.erreurs}
              repondre={p.repondre}
              changerMode={p.changerMode}
            />
          ) : null}
          {resultat.regime !== null ? (
            <Comparaison
              situation={situation}
              annees={resultat.annees.length}
              appliquer={p.appliquer}
            />
          ) : null}
        </>
      )}
      {resultat !== null ? <Hypotheses resultat={resultat} reponses={p.reponses} /> : null}
      <section className="reponses" aria-labelledby="titre-reponses">
        <h3 id="titre-reponses">{fr.impression.reponses}</h3>
        {p.recapitulatif}
      </section>
      <Actions lien={p.lienPartage} reponses={p.reponses} resultat={resultat} />
    </section>
  );
}
