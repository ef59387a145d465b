/**
 * The simulator's state: answers in a reducer, mirrored in the URL (replaceState on each answer,
 * pushState on each step so the back button walks the steps), and what derives from them — the
 * validated situation, the questions worth asking, the steps, the options' year-1 amounts once the
 * rules engine is loaded (after the first render: the wizard needs only its questionnaire).
 */
import { useEffect, useMemo, useReducer, useState } from 'react';
import { euros } from '../../format.ts';
import { fr } from '../../messages/fr.ts';
import { frCollectif } from '../../messages/fr-collectif.ts';
import { analyser } from '../../state/analyse.ts';
import type { Structure } from '../../state/champs.ts';
import { useMoteur } from '../../state/moteur.ts';
import { optionsOuvertes, utilite } from '../../state/questions.ts';
import { reducer, type ModeAtteinte } from '../../state/reducer.ts';
import { ecrireUrl } from '../../state/url.ts';
import { texteChamp } from '../../wizard/Champ.tsx';
import { champsVisibles, ETAPE_RESULTATS, type Contexte } from '../../wizard/etapes.ts';
import { depuisUrl } from './depart.ts';
import { parcours } from './parcours.ts';
import { useHistorique } from './useHistorique.ts';

const STRUCTURES: readonly string[] = ['liberal', 'centre', 'collectif'];

export function useSimulation() {
  const [depart] = useState(() => depuisUrl(window.location.search));
  const [etat, dispatch] = useReducer(reducer, depart.etat);
  const [notice, setNotice] = useState(depart.notice);
  /** Required answers the user tried to skip: their message is shown from then on. */
  const [tentes, setTentes] = useState<string[]>([]);
  const { reponses } = etat;
  const structure = STRUCTURES.includes(reponses.structure ?? '')
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
  const { etapes, index, courante: etapeCourante, total: totalEtapes } = parcours(ctx, etat.etape);
  const surResultats = etat.etape === ETAPE_RESULTATS && structure !== undefined;
  /**
   * The option step shows each option's amount: it waits for the engine rather than have them pop
   * in (only when opened straight from a link: the engine is loaded long before otherwise). If the
   * engine cannot be loaded, the step is shown without them.
   */
  const attendMoteur = etapeCourante?.id === 'option' && moteur === 'chargement';

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

  useHistorique(etat, dispatch, setNotice);

  const aller = (etape: string) => dispatch({ type: 'aller', etape });
  /**
   * « Suivant »: the next step, unless a field of this one is in error or missing (its message is
   * shown from then on): that field is returned, for the caller to focus.
   */
  const suivant = (): string | null => {
    if (!etapeCourante) return null;
    const enErreur = [...analyse.erreurs, ...analyse.absents].find((e) =>
      champsVisibles(etapeCourante, ctx).some((c) => e.champ === c || e.champ.startsWith(`${c}.`)),
    );
    if (enErreur) {
      setTentes((t) => (t.includes(enErreur.champ) ? t : [...t, enErreur.champ]));
      return enErreur.champ;
    }
    const prochaine = etapes[index + 1];
    aller(prochaine ? prochaine.id : ETAPE_RESULTATS);
    return null;
  };

  return {
    etat,
    notice,
    structure,
    analyse,
    erreursAffichees,
    ctx,
    etapes,
    index,
    etapeCourante,
    totalEtapes,
    surResultats,
    attendMoteur,
    ouvertes,
    descriptionsOptions,
    suivant,
    aller,
    lien: (etape: string) => ecrireUrl(reponses, etape),
    repondre: (cle: string, valeur: string) => dispatch({ type: 'repondre', cle, valeur }),
    appliquer: (valeurs: Record<string, string>) =>
      dispatch({ type: 'repondreplusieurs', valeurs }),
    changerMode: (mode: ModeAtteinte) => dispatch({ type: 'modeAtteinte', mode }),
    choisirStructure: (valeur: Structure) => dispatch({ type: 'structure', valeur }),
  };
}

export type Simulation = ReturnType<typeof useSimulation>;
