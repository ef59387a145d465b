/**
 * « Plan de versement »: the duration, the note on projected years, then the plan as a table and a
 * chart (or, for a doctor who does not know his band, one plan per group of bands).
 */
import { VERIFIE_LE, type Situation } from '../../engine/saisie.ts';
import { type Resultat } from '../../engine/simulation.ts';
import { ChampListe } from '../components/ChampListe.tsx';
import { idChamp } from '../components/ids.ts';
import { dateLongue, nombre } from '../format.ts';
import { frCollectifResultats } from '../messages/fr-collectif-resultats.ts';
import { fr } from '../messages/fr-resultats.ts';
import { erreursDe } from '../state/analyse.ts';
import type { PlanBande } from '../state/incertitudes.ts';
import { PlanBandes } from './PlanBandes.tsx';
import { PlanGraphique } from './PlanGraphique.tsx';
import { PlanTableau } from './PlanTableau.tsx';
import type { SimulationResultats } from './simulation-resultats.ts';

const DUREES = Array.from({ length: 10 }, (_, i) => [String(i + 1), fr.plan.duree(i + 1)] as const);

interface Props {
  simulation: SimulationResultats;
  situation: Situation;
  resultat: Resultat;
  /** One plan per group of bands, when the band is not known and changes the amounts. */
  bandes: readonly PlanBande[] | null;
}

export function PlanSection({ simulation: s, situation, resultat, bandes }: Props) {
  const etapeBande = s.decrireChamp('bande').etape;
  return (
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
          valeur={s.reponses.annees ?? String(resultat.annees.length)}
          erreurs={erreursDe(s.erreurs, 'annees')}
          onChange={(v) => s.repondre('annees', v)}
        />
      </div>
      {resultat.annees.some((a) => a.debut > VERIFIE_LE) ? (
        <p role="note" className="notice">
          {fr.projection.texte(dateLongue(VERIFIE_LE))}{' '}
          <a href="sources.html">{fr.projection.lien}</a>
        </p>
      ) : null}
      {bandes ? (
        <PlanBandes
          plans={bandes}
          lienBande={
            etapeBande ? { href: s.lien(etapeBande), aller: () => s.aller(etapeBande) } : null
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
  );
}
