/**
 * The payment calendar page: reads the simulator's URL (`calendrier.html?v=1&…`) or a minimal form,
 * asks the engine for the plan and its dated instalments, shows them by contract year and by
 * calendar year, offers CSV and .ics downloads, and for a pre-2024 liberal contract the comparison
 * with a new convention-2024 contract. Computes no rule. The recruitment date lives in the page's
 * own `recrutement` parameter (recrutement-url.ts), so a reload, the back button or a shared link
 * keeps it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { calendrierVersements } from '../../../engine/calendrier.ts';
import { estDateIso } from '../../../engine/saisie.ts';
import { dateLongue } from '../../format.ts';
import { aujourdhui as aujourdhuiLocal } from '../../horloge.ts';
import { analyser } from '../../state/analyse.ts';
import { simulerSansPanne } from '../../state/simulation.ts';
import { ecrireUrl } from '../../state/url.ts';
import { ETAPE_RESULTATS } from '../../wizard/etapes.ts';
import { comparable, comparer } from './comparaison.ts';
import { ChampRecrutement } from './ChampRecrutement.tsx';
import { ComparaisonRegimes } from './ComparaisonRegimes.tsx';
import { FormulaireMinimal } from './FormulaireMinimal.tsx';
import { avecDuree, citer, HYPOTHESES_FORMULAIRE, lire } from './lecture.ts';
import { frCal } from './messages.ts';
import {
  avecRecrutement,
  lireRecrutement,
  remplacerRecherche,
  separerRecrutement,
} from './recrutement-url.ts';
import { finProjection } from './projection.ts';
import { recrutementCompte } from './recrutement-utile.ts';
import { TableauCivil } from './TableauCivil.tsx';
import { TableauContrat } from './TableauContrat.tsx';
import { Telechargements } from './Telechargements.tsx';
import { EnTetePage } from '../../components/EnTetePage.tsx';

export function PageCalendrier({
  recherche = window.location.search,
  aujourdhui = aujourdhuiLocal(),
}: {
  recherche?: string;
  aujourdhui?: string;
}) {
  const id = useId();
  const [reponses, setReponses] = useState(() => lire(recherche));
  const [recrutementLu] = useState(() =>
    lireRecrutement(separerRecrutement(recherche).recrutement),
  );
  const [recrutement, setRecrutement] = useState(recrutementLu.valeur);
  useEffect(() => {
    // An invalid value leaves the address too (the notice names it), as in the simulator.
    if (recrutementLu.rejetee !== null)
      remplacerRecherche(avecRecrutement(window.location.search, ''));
  }, [recrutementLu]);
  const reponsesDatees = useMemo(
    () => (reponses ? { dateSignature: aujourdhui, ...reponses } : null),
    [reponses, aujourdhui],
  );
  const situation = useMemo(
    () => (reponsesDatees ? analyser(avecDuree(reponsesDatees, aujourdhui)).situation : null),
    [reponsesDatees, aujourdhui],
  );
  const resultat = useMemo(() => simulerSansPanne(situation), [situation]);
  const dateRecrutement = estDateIso(recrutement) ? recrutement : undefined;
  const calendrier = useMemo(
    () =>
      situation && resultat
        ? calendrierVersements(situation, resultat, dateRecrutement ? { dateRecrutement } : {})
        : null,
    [situation, resultat, dateRecrutement],
  );
  const recrutementUtile = useMemo(
    () => (situation && resultat ? recrutementCompte(situation, resultat) : true),
    [situation, resultat],
  );
  const comparaison = useMemo(
    () => (situation && comparable(resultat) ? comparer(situation, aujourdhui) : null),
    [situation, resultat, aujourdhui],
  );

  const valider = (dateSignature: string, option: string) => {
    const nouvelles = { ...HYPOTHESES_FORMULAIRE, dateSignature, option };
    setReponses(nouvelles);
    const recrutementUrl = separerRecrutement(window.location.search).recrutement ?? '';
    remplacerRecherche(avecRecrutement(ecrireUrl(nouvelles, ETAPE_RESULTATS), recrutementUrl));
  };
  /** A partial date is not readable: the address keeps the last value it could read. */
  const changerRecrutement = (valeur: string, lisible: boolean) => {
    setRecrutement(valeur);
    if (lisible) remplacerRecherche(avecRecrutement(window.location.search, valeur));
  };
  const lienSimulateur = reponsesDatees ? `./${ecrireUrl(reponsesDatees, ETAPE_RESULTATS)}` : './';

  return (
    <>
      <EnTetePage
        titre={frCal.titre}
        intro={frCal.intro}
        navigation={frCal.navigation.libelle}
        liens={[
          {
            href: lienSimulateur,
            texte: reponses ? frCal.navigation.retour : frCal.navigation.simulateur,
          },
        ]}
      />
      <main id="contenu" className="page-calendrier">
        {recrutementLu.rejetee !== null ? (
          <p role="status" className="notice">
            {frCal.recrutement.lienIgnore(citer(recrutementLu.rejetee))}
          </p>
        ) : null}
        {reponses === null ? (
          <FormulaireMinimal dateInitiale={aujourdhui} valider={valider} />
        ) : null}
        {situation && resultat && calendrier ? (
          <>
            <p className="contrat">
              {resultat.regime
                ? frCal.contrat(
                    dateLongue(situation.dateSignature),
                    frCal.regimes[resultat.regime] ?? resultat.regime,
                  )
                : frCal.aucunVersement.sansRegime}
            </p>
            {resultat.structure === 'centre' ? <p>{frCal.centre}</p> : null}
            <section aria-labelledby={`${id}-avertissement`} className="avertissement-calendrier">
              <h2 id={`${id}-avertissement`}>{frCal.avertissement.titre}</h2>
              <p>{frCal.avertissement.texte}</p>
              {calendrier.hypotheses.length > 0 ? (
                <>
                  <p>{frCal.avertissement.hypotheses}</p>
                  <ul>
                    {calendrier.hypotheses.map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
            {recrutementUtile ? (
              <ChampRecrutement id={id} valeur={recrutement} changer={changerRecrutement} />
            ) : (
              <p className="aide">{frCal.recrutement.sansEffet}</p>
            )}
            {calendrier.versements.length === 0 ? (
              <p className="notice">
                {resultat.regime === null
                  ? frCal.aucunVersement.sansRegime
                  : resultat.eligibilite.statut === 'ineligible'
                    ? frCal.aucunVersement.ineligible
                    : frCal.aucunVersement.incomplet}
              </p>
            ) : (
              <>
                {calendrier.anneesSansMontant.length > 0 ? (
                  <p className="notice">{frCal.sansMontant(calendrier.anneesSansMontant)}</p>
                ) : null}
                <TableauContrat resultat={resultat} versements={calendrier.versements} />
                <TableauCivil
                  versements={calendrier.versements}
                  finProjection={finProjection(situation, resultat)}
                  derniereAnnee={resultat.annees.length}
                />
                <Telechargements
                  versements={calendrier.versements}
                  dateSignature={situation.dateSignature}
                  aujourdhui={aujourdhui}
                />
              </>
            )}
            {comparaison ? (
              <ComparaisonRegimes comparaison={comparaison} aujourdhui={aujourdhui} />
            ) : null}
          </>
        ) : null}
      </main>
    </>
  );
}
