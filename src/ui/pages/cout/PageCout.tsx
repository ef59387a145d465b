/**
 * The net cost page: reads the simulator's URL (`cout.html?v=1&…`) plus its own answers (salary,
 * hours, employer rate), asks the engine for the plan and the cost per contract year, and shows the
 * gross salary, the employer contributions and their reductions (from the French social model,
 * computed in a Web Worker), the employer cost, the aid and the remainder, with where every
 * default comes from. Computes no rule.
 */
import { useId, useMemo, useState } from 'react';
import { ChampSaisie } from '../../components/ChampSaisie.tsx';
import { EnTetePage } from '../../components/EnTetePage.tsx';
import { dateLongue, euros } from '../../format.ts';
import { aujourdhui as aujourdhuiLocal } from '../../horloge.ts';
import { fr } from '../../messages/fr-resultats.ts';
import { analyser } from '../../state/analyse.ts';
import { simulerSansPanne } from '../../state/simulation.ts';
import { ecrireUrl, lireUrl } from '../../state/url.ts';
import { ETAPE_RESULTATS, IDS_ETAPES } from '../../wizard/etapes.ts';
import { creerCalculateur, type Calculateur } from './calculateur.ts';
import { DetailCotisations } from './DetailCotisations.tsx';
import { frCout } from './messages.ts';
import { defautDe } from './origines-salaire.ts';
import { OrigineCout } from './OrigineCout.tsx';
import { useCout } from './useCout.ts';
import {
  ajouterSaisie,
  lireSaisie,
  separerRecherche,
  type ChampCout,
  type SaisieCout,
} from './saisie-cout.ts';
import { TableauCout } from './TableauCout.tsx';

export function PageCout({
  recherche = window.location.search,
  aujourdhui = aujourdhuiLocal(),
  calculateur = creerCalculateur,
}: {
  recherche?: string;
  aujourdhui?: string;
  /** Computes the social model's entries (default: a Web Worker). */
  calculateur?: () => Calculateur;
}) {
  const id = useId();
  const depart = useMemo(() => separerRecherche(recherche), [recherche]);
  const reponses = useMemo(() => {
    const lu = lireUrl(depart.simulateur, IDS_ETAPES);
    return lu.reponses.structure === undefined
      ? null
      : { dateSignature: aujourdhui, ...lu.reponses };
  }, [depart.simulateur, aujourdhui]);
  const [saisie, setSaisie] = useState<SaisieCout>(depart.saisie);
  const situation = useMemo(() => (reponses ? analyser(reponses).situation : null), [reponses]);
  const resultat = useMemo(() => simulerSansPanne(situation), [situation]);
  const lue = useMemo(() => lireSaisie(saisie), [saisie]);
  const { cout, enCalcul, panne } = useCout(resultat, lue.options, calculateur);

  const rechercheSimulateur = reponses ? ecrireUrl(reponses, ETAPE_RESULTATS) : '';
  const changer = (champ: ChampCout, valeur: string) => {
    const nouvelle = { ...saisie, [champ]: valeur };
    setSaisie(nouvelle);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${ajouterSaisie(rechercheSimulateur || depart.simulateur, nouvelle)}`,
    );
  };
  const erreursDe = (champ: ChampCout) => lue.erreurs.filter((e) => e.champ === champ);

  const liens = reponses
    ? [
        { href: `./${rechercheSimulateur}`, texte: frCout.navigation.retour },
        { href: `./calendrier.html${rechercheSimulateur}`, texte: frCout.navigation.calendrier },
        { href: './sources.html', texte: frCout.navigation.sources },
      ]
    : [
        { href: './', texte: frCout.navigation.simulateur },
        { href: './sources.html', texte: frCout.navigation.sources },
      ];
  const premiere = cout?.annees[0];
  const choix =
    resultat?.option != null ? (fr.champs.option?.choix?.[resultat.option] ?? null) : null;
  const optionLibelle = choix ? choix.charAt(0).toLowerCase() + choix.slice(1) : null;

  return (
    <>
      <EnTetePage
        titre={frCout.titre}
        intro={frCout.intro}
        navigation={frCout.navigation.libelle}
        liens={liens}
      />
      <main id="contenu" className="page-cout">
        {reponses && resultat && enCalcul ? (
          <p className="notice" role="status">
            {cout ? frCout.modele.calcul : frCout.modele.chargement}
          </p>
        ) : null}
        {panne ? (
          <p className="erreur" role="alert">
            {frCout.modele.panne}
          </p>
        ) : null}
        {!reponses || !situation || !resultat ? (
          <section aria-labelledby={`${id}-sans`}>
            <h2 id={`${id}-sans`}>{frCout.sansSimulation.titre}</h2>
            <p>{frCout.sansSimulation.texte}</p>
          </section>
        ) : (
          <>
            <p className="contrat">
              {resultat.regime
                ? frCout.contrat(
                    dateLongue(situation.dateSignature),
                    fr.regimes[resultat.regime] ?? resultat.regime,
                    optionLibelle,
                  )
                : null}
            </p>
            {!cout ? null : cout.sansCout ? (
              <p className="notice">{frCout.sansCout[cout.sansCout]}</p>
            ) : (
              <>
                <section aria-labelledby={`${id}-saisie`} className="saisie-cout no-print">
                  <h2 id={`${id}-saisie`}>{frCout.saisie.titre}</h2>
                  {resultat.structure === 'centre' ? <p>{frCout.saisie.centre}</p> : null}
                  {lue.erreurs.length > 0 ? (
                    <p className="erreur" role="alert">
                      {frCout.erreurs.resume(lue.erreurs.length)}
                    </p>
                  ) : null}
                  <ChampSaisie
                    id={`${id}-salaire`}
                    label={frCout.saisie.salaire}
                    aide={
                      premiere
                        ? frCout.saisie.salaireAide(euros(defautDe(premiere.salaire)))
                        : undefined
                    }
                    erreurs={erreursDe('salaire')}
                    valeur={saisie.salaire}
                    onChange={(v) => changer('salaire', v)}
                    inputMode="decimal"
                    suffixe={frCout.saisie.euro}
                  />
                  {cout.heuresOption !== null ? (
                    <ChampSaisie
                      id={`${id}-heures`}
                      label={frCout.saisie.heures}
                      aide={frCout.saisie.heuresAide(cout.heuresOption)}
                      erreurs={erreursDe('heures')}
                      valeur={saisie.heures}
                      onChange={(v) => changer('heures', v)}
                      inputMode="decimal"
                    />
                  ) : null}
                  <ChampSaisie
                    id={`${id}-charges`}
                    label={frCout.saisie.charges}
                    aide={frCout.saisie.chargesAide}
                    erreurs={erreursDe('charges')}
                    valeur={saisie.charges}
                    onChange={(v) => changer('charges', v)}
                    inputMode="decimal"
                    suffixe={frCout.saisie.pourcent}
                  />
                </section>
                {cout.sousTempsOption &&
                cout.heuresOption !== null &&
                lue.options.heuresHebdomadaires !== undefined ? (
                  <p className="notice" role="status">
                    {frCout.sousTemps(lue.options.heuresHebdomadaires, cout.heuresOption)}
                  </p>
                ) : null}
                {cout.annees.some((a) => a.sousSmic) ? (
                  <p className="notice" role="status">
                    {frCout.sousSmic(
                      euros(cout.annees.find((a) => a.sousSmic)!.salaire.montant),
                      cout.annees
                        .filter((a) => a.sousSmic)
                        .map((a) =>
                          frCout.smicAnnee(a.annee, euros(a.salaire.smic), dateLongue(a.debut)),
                        ),
                    )}
                  </p>
                ) : null}
                <TableauCout cout={cout} />
                <DetailCotisations cout={cout} />
                <OrigineCout cout={cout} />
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}
