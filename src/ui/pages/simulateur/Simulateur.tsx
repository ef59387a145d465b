/**
 * The simulator inside its page frame: the status region (what a link lost), the summary of invalid
 * answers, then the current step or the results (loaded on demand with the rules engine). Loaded
 * on demand too: the first load carries only the first step (PremiereEtape.tsx), which hands over
 * to this component on « Suivant » (`avancer`).
 */
import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { EchecChargement } from '../../components/EchecChargement.tsx';
import { idChamp } from '../../components/ids.ts';
import { fr } from '../../messages/fr.ts';
import { useFocusEtape } from '../../hooks/useFocusEtape.ts';
import { ecrireUrl } from '../../state/url.ts';
import { texteChamp } from '../../wizard/Champ.tsx';
import { champsVisibles, ETAPE_RESULTATS, etapeDuChamp } from '../../wizard/etapes.ts';
import { EtapeVue } from '../../wizard/EtapeVue.tsx';
import { Recapitulatif } from '../../wizard/Recapitulatif.tsx';
import { ResumeErreurs } from './ResumeErreurs.tsx';
import { useSimulation } from './useSimulation.ts';

/** The results screen comes on demand with the rules engine: the wizard does not need it. */
const Resultats = lazy(() =>
  import('../../resultats/Resultats.tsx').then((m) => ({ default: m.Resultats })),
);

interface Props {
  /** Opened by the first step's « Suivant »: carried out once, before the first paint. */
  avancer?: boolean;
}

export function Simulateur({ avancer = false }: Props) {
  const s = useSimulation();
  const { etat, structure, etapeCourante, index, ctx } = s;
  const focus = useFocusEtape(etat.etape, s.attendMoteur);

  const suivant = () => {
    const champ = s.suivant();
    if (champ !== null) document.getElementById(idChamp(champ))?.focus();
  };
  const aAvancer = useRef(avancer);
  useLayoutEffect(() => {
    if (!aAvancer.current) return;
    aAvancer.current = false;
    suivant();
  });

  const recapitulatif = (
    <Recapitulatif
      lignes={s.etapes.flatMap((e) => champsVisibles(e, ctx).map((cle) => ({ cle, etape: e.id })))}
      reponses={etat.reponses}
      structure={structure}
      lien={s.lien}
      aller={s.aller}
    />
  );

  return (
    <>
      <div role="status" className={s.notice ? 'notice' : undefined}>
        {s.notice}
      </div>
      <ResumeErreurs
        erreurs={s.analyse.erreurs}
        structure={structure}
        etape={etat.etape}
        lien={s.lien}
        aller={s.aller}
        focaliserApres={focus.focaliserApres}
      />
      {s.surResultats ? (
        <EchecChargement>
          <Suspense fallback={<p>{fr.chargement}</p>}>
            <Resultats
              titreRef={focus.titreRef}
              onAffiche={focus.contenuAffiche}
              recapitulatif={recapitulatif}
              simulation={{
                situation: s.analyse.situation,
                reponses: etat.reponses,
                erreurs: s.analyse.erreurs,
                modeAtteinte: etat.modeAtteinte,
                saisirObjectifMt: ctx.utile('objectif.mt'),
                lienPartage: `${window.location.origin}${window.location.pathname}${ecrireUrl(etat.reponses, ETAPE_RESULTATS)}`,
                decrireChamp: (champ) => ({
                  champ,
                  libelle: texteChamp(champ, structure).label,
                  etape: etapeDuChamp(champ, structure),
                }),
                lien: s.lien,
                aller: s.aller,
                repondre: s.repondre,
                appliquer: s.appliquer,
                changerMode: s.changerMode,
              }}
            />
          </Suspense>
        </EchecChargement>
      ) : s.attendMoteur ? (
        <p>{fr.chargement}</p>
      ) : etapeCourante ? (
        <EtapeVue
          id={etapeCourante.id}
          champs={champsVisibles(etapeCourante, ctx)}
          numero={index + 1}
          total={s.totalEtapes}
          titreRef={focus.titreRef}
          precedent={index > 0 ? () => s.aller(s.etapes[index - 1]!.id) : null}
          suivant={suivant}
          versResultats={
            etat.resultatsVus && etapeCourante.id !== 'recapitulatif'
              ? () => s.aller(ETAPE_RESULTATS)
              : null
          }
          libelleSuivant={
            etapeCourante.id === 'recapitulatif' ? fr.navigation.resultats : fr.navigation.suivant
          }
          reponses={etat.reponses}
          structure={structure}
          erreurs={s.erreursAffichees}
          optionsOuvertes={s.ouvertes}
          descriptionsOptions={s.descriptionsOptions}
          repondre={s.repondre}
          choisirStructure={s.choisirStructure}
        >
          {etapeCourante.id === 'recapitulatif' ? recapitulatif : null}
        </EtapeVue>
      ) : null}
    </>
  );
}
