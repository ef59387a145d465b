/**
 * The simulator: answers in a reducer, mirrored in the URL (replaceState on each answer, pushState
 * on each step so the back button walks the steps). The wizard needs only the engine's
 * questionnaire; the rules come with the results screen, or after the first render for the
 * options' amounts.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { fr } from './messages/fr.ts';
import { analyser } from './state/analyse.ts';
import { cleDuChamp, type Structure } from './state/champs.ts';
import { etatInitial, reducer, type Etat } from './state/reducer.ts';
import { useMoteur } from './state/moteur.ts';
import { optionsOuvertes, utilite } from './state/questions.ts';
import { ecrireUrl, lireUrl } from './state/url.ts';
import { aujourdhui, euros } from './format.ts';
import {
  champsVisibles,
  ETAPE_RESULTATS,
  etapeDuChamp,
  etapesActives,
  IDS_ETAPES,
  type Contexte,
} from './wizard/etapes.ts';
import { EtapeVue } from './wizard/EtapeVue.tsx';
import { Recapitulatif } from './wizard/Recapitulatif.tsx';
import { texteChamp } from './wizard/Champ.tsx';
import { idChamp } from './components/ids.ts';
import { EchecChargement } from './components/EchecChargement.tsx';
import { Avertissement } from './components/Avertissement.tsx';
import { frCollectif } from './messages/fr-collectif.ts';

/** The results screen comes on demand with the rules engine: the first load carries the wizard. */
const Resultats = lazy(() =>
  import('./resultats/Resultats.tsx').then((m) => ({ default: m.Resultats })),
);

interface Depart {
  etat: Etat;
  notice: string | null;
}

/** The step that holds a field in error (what-if and objective fields live on the results). */
function etapeDeErreur(champ: string, structure: Structure | undefined): string {
  const cle = cleDuChamp(champ) ?? champ;
  return etapeDuChamp(cle, structure) ?? ETAPE_RESULTATS;
}

function depuisUrl(recherche: string): Depart {
  const lu = lireUrl(recherche, IDS_ETAPES);
  /** An invalid signature date is kept, so its field shows it with its error (never today instead). */
  const dateLue = lu.invalides.dateSignature;
  const reponses: Record<string, string> = {
    dateSignature: aujourdhui(),
    ...lu.reponses,
    ...(dateLue !== undefined ? { dateSignature: dateLue } : {}),
  };
  const ignores = lu.ignores.filter((k) => k !== 'dateSignature' || dateLue === undefined);
  const etape = lu.etape !== null && reponses.structure !== undefined ? lu.etape : 'structure';
  const notice = lu.versionInconnue
    ? fr.erreurs.lienVersion
    : ignores.length > 0
      ? fr.erreurs.lienIgnores(ignores)
      : null;
  return { etat: etatInitial(reponses, etape), notice };
}

export function App() {
  const [depart] = useState(() => depuisUrl(window.location.search));
  const [etat, dispatch] = useReducer(reducer, depart.etat);
  const [notice, setNotice] = useState(depart.notice);
  /** Required answers the user tried to skip: their message is shown from then on. */
  const [tentes, setTentes] = useState<string[]>([]);
  const { reponses } = etat;
  const structure =
    reponses.structure === 'liberal' ||
    reponses.structure === 'centre' ||
    reponses.structure === 'collectif'
      ? (reponses.structure as Structure)
      : undefined;

  const analyse = useMemo(() => analyser(reponses), [reponses]);
  const erreursAffichees = [
    ...analyse.erreurs,
    ...analyse.absents
      .filter((e) => tentes.includes(e.champ))
      .map((e) => ({
        champ: e.champ,
        message: fr.erreurs.obligatoire(texteChamp(e.champ, structure).label),
      })),
  ];
  const moteur = useMoteur();
  const utile = useMemo(() => utilite(analyse.situation), [analyse.situation]);
  const utileSansOption = useMemo(
    () =>
      utilite(
        analyse.situation?.structure === 'liberal'
          ? { ...analyse.situation, option: undefined }
          : analyse.situation,
      ),
    [analyse.situation],
  );
  const ouvertes = useMemo(() => optionsOuvertes(analyse.situation), [analyse.situation]);
  const descriptionsOptions = useMemo(
    () =>
      etat.etape === 'option' && typeof moteur === 'object'
        ? moteur.premiersMontants(analyse.situation, (m) => fr.optionPremiereAnnee(euros(m)))
        : {},
    [analyse.situation, etat.etape, moteur],
  );
  const ctx: Contexte = { reponses, structure, utile, utileSansOption };
  const etapes = etapesActives(ctx);
  const totalEtapes =
    structure === undefined
      ? etapesActives({ ...ctx, structure: 'liberal' }).length
      : etapes.length;
  const index = Math.max(
    0,
    etapes.findIndex((e) => e.id === etat.etape),
  );
  const etapeCourante = etapes[index];
  const surResultats = etat.etape === ETAPE_RESULTATS && structure !== undefined;
  /**
   * The option step shows each option's amount: it waits for the engine rather than have them pop
   * in (only when opened straight from a link: the engine is loaded long before otherwise). If the
   * engine cannot be loaded, the step is shown without them.
   */
  const attendMoteur = etapeCourante?.id === 'option' && moteur === 'chargement';

  const titreRef = useRef<HTMLHeadingElement>(null);
  const etapePrecedente = useRef(etat.etape);
  const premierRendu = useRef(true);
  const focusEnAttente = useRef(false);
  const champAFocaliser = useRef<string | null>(null);

  const titreDocument =
    surResultats || !etapeCourante
      ? fr.titreDocument.resultats
      : fr.titreDocument.etape(
          index + 1,
          totalEtapes,
          fr.etapes[etapeCourante.id] ?? frCollectif.etapes[etapeCourante.id] ?? etapeCourante.id,
        );
  useEffect(() => {
    document.title = titreDocument;
  }, [titreDocument]);

  useEffect(() => {
    const url = `${window.location.pathname}${ecrireUrl(reponses, etat.etape)}`;
    if (etapePrecedente.current !== etat.etape) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    etapePrecedente.current = etat.etape;
  }, [reponses, etat.etape]);

  useEffect(() => {
    if (premierRendu.current) {
      premierRendu.current = false;
      return;
    }
    const champ = champAFocaliser.current;
    champAFocaliser.current = null;
    const cible = champ ? document.getElementById(champ) : null;
    if (cible) cible.focus();
    else if (titreRef.current) titreRef.current.focus();
    else focusEnAttente.current = true;
  }, [etat.etape]);
  /** Content shown after a wait (lazy results, a step awaiting the engine) takes pending focus. */
  const contenuAffiche = useCallback(() => {
    if (!focusEnAttente.current) return;
    focusEnAttente.current = false;
    titreRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!attendMoteur) contenuAffiche();
  }, [attendMoteur, contenuAffiche]);

  useEffect(() => {
    const retour = () => {
      const d = depuisUrl(window.location.search);
      etapePrecedente.current = d.etat.etape;
      dispatch({ type: 'restaurer', etat: d.etat });
      if (d.notice) setNotice(d.notice);
    };
    window.addEventListener('popstate', retour);
    return () => window.removeEventListener('popstate', retour);
  }, []);

  const aller = (etape: string) => dispatch({ type: 'aller', etape });
  const repondre = (cle: string, valeur: string) => dispatch({ type: 'repondre', cle, valeur });
  const appliquer = (valeurs: Record<string, string>) =>
    dispatch({ type: 'repondreplusieurs', valeurs });
  const lien = (etape: string) => ecrireUrl(reponses, etape);

  const lignesRecap = etapes.flatMap((e) =>
    champsVisibles(e, ctx).map((cle) => ({ cle, etape: e.id })),
  );
  const recapitulatif = (
    <Recapitulatif
      lignes={lignesRecap}
      reponses={reponses}
      structure={structure}
      lien={lien}
      aller={aller}
    />
  );
  const decrireChamp = (champ: string) => ({
    champ,
    libelle: texteChamp(champ, structure).label,
    etape: etapeDuChamp(champ, structure),
  });

  const suivant = () => {
    if (!etapeCourante) return;
    const enErreur = [...analyse.erreurs, ...analyse.absents].find((e) =>
      champsVisibles(etapeCourante, ctx).some((c) => e.champ === c || e.champ.startsWith(`${c}.`)),
    );
    if (enErreur) {
      setTentes((t) => (t.includes(enErreur.champ) ? t : [...t, enErreur.champ]));
      document.getElementById(idChamp(enErreur.champ))?.focus();
      return;
    }
    const prochaine = etapes[index + 1];
    aller(prochaine ? prochaine.id : ETAPE_RESULTATS);
  };

  return (
    <>
      <header className="entete">
        <p className="marque">{fr.independant}</p>
        <h1>{fr.titre}</h1>
        <p className="no-print">{fr.sousTitre}</p>
        <Avertissement />
        <nav aria-label={fr.pied.nav} className="no-print">
          <ul className="liens-pages">
            {fr.pied.liens.map(([href, texte]) => (
              <li key={href}>
                <a href={href}>{texte}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu">
        <div role="status" className={notice ? 'notice' : undefined}>
          {notice}
        </div>
        {analyse.erreurs.length > 0 ? (
          <div className="resume-erreurs" role="alert">
            <p>{fr.erreurs.resume}</p>
            <ul>
              {analyse.erreurs.map((e) => {
                const etape = etapeDeErreur(e.champ, structure);
                return (
                  <li key={e.champ}>
                    <a
                      href={`${lien(etape)}#${idChamp(e.champ)}`}
                      onClick={(ev) => {
                        ev.preventDefault();
                        if (etape === etat.etape)
                          document.getElementById(idChamp(e.champ))?.focus();
                        else {
                          champAFocaliser.current = idChamp(e.champ);
                          aller(etape);
                        }
                      }}
                    >
                      {e.message}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        {surResultats ? (
          <EchecChargement>
            <Suspense fallback={<p>{fr.chargement}</p>}>
              <Resultats
                titreRef={titreRef}
                onAffiche={contenuAffiche}
                situation={analyse.situation}
                decrireChamp={decrireChamp}
                reponses={reponses}
                erreurs={analyse.erreurs}
                modeAtteinte={etat.modeAtteinte}
                saisirObjectifMt={utile('objectif.mt')}
                recapitulatif={recapitulatif}
                lienPartage={`${window.location.origin}${window.location.pathname}${ecrireUrl(reponses, ETAPE_RESULTATS)}`}
                lien={lien}
                aller={aller}
                repondre={repondre}
                appliquer={appliquer}
                changerMode={(mode) => dispatch({ type: 'modeAtteinte', mode })}
              />
            </Suspense>
          </EchecChargement>
        ) : attendMoteur ? (
          <p>{fr.chargement}</p>
        ) : etapeCourante ? (
          <EtapeVue
            id={etapeCourante.id}
            champs={champsVisibles(etapeCourante, ctx)}
            numero={index + 1}
            total={totalEtapes}
            titreRef={titreRef}
            precedent={index > 0 ? () => aller(etapes[index - 1]!.id) : null}
            suivant={suivant}
            versResultats={
              etat.resultatsVus && etapeCourante.id !== 'recapitulatif'
                ? () => aller(ETAPE_RESULTATS)
                : null
            }
            libelleSuivant={
              etapeCourante.id === 'recapitulatif' ? fr.navigation.resultats : fr.navigation.suivant
            }
            reponses={reponses}
            structure={structure}
            erreurs={erreursAffichees}
            optionsOuvertes={ouvertes}
            descriptionsOptions={descriptionsOptions}
            repondre={repondre}
            choisirStructure={(v) => dispatch({ type: 'structure', valeur: v })}
          >
            {etapeCourante.id === 'recapitulatif' ? recapitulatif : null}
          </EtapeVue>
        ) : null}
      </main>
    </>
  );
}
