/** The objective in patients per indicator, or "fixé par votre CPAM"; the contractual objective can be typed. */
import type { ErreurChamp } from '../../engine/saisie.ts';
import type { Resultat } from '../../engine/simulation.ts';
import { ChampSaisie } from '../components/ChampSaisie.tsx';
import { idChamp } from '../components/ids.ts';
import { Explication } from '../explication/Explication.tsx';
import { nombre } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import { erreursDe } from '../state/analyse.ts';
import type { Reponses } from '../state/champs.ts';

interface Props {
  resultat: Resultat;
  reponses: Reponses;
  erreurs: readonly ErreurChamp[];
  saisirMt: boolean;
  repondre(cle: string, valeur: string): void;
}

export function Objectifs({ resultat, reponses, erreurs, saisirMt, repondre }: Props) {
  const { objectif } = resultat;
  const indicateurs = [
    {
      cle: 'mt' as const,
      libelle: fr.objectif.mt,
      valeur: objectif.mt,
      explication: objectif.explications.mt,
    },
    {
      cle: 'fileActive' as const,
      libelle: fr.objectif.fileActive,
      valeur: objectif.fileActive,
      explication: objectif.explications.fileActive,
    },
  ].filter((i) => i.cle === 'fileActive' || saisirMt || i.valeur !== null);
  return (
    <section className="objectifs" aria-labelledby="titre-objectifs">
      <h3 id="titre-objectifs">
        {resultat.structure === 'centre'
          ? fr.objectif.titreCentre
          : resultat.structure === 'collectif'
            ? fr.objectif.titreCollectif
            : fr.objectif.titre}
      </h3>
      <dl>
        {indicateurs.map((i) => (
          <div key={i.cle}>
            <dt>{i.libelle}</dt>
            <dd>
              {i.valeur === null ? fr.objectif.cpam : fr.objectif.patients(nombre(i.valeur))}
              {i.explication && i.valeur !== null ? (
                <Explication
                  figure={i.explication}
                  resume={`${fr.explication.resumeObjectif} (${i.libelle.toLowerCase()})`}
                />
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="aide">{fr.objectif.origine[objectif.origine]}</p>
      <div className="saisie-objectif no-print">
        <p>{fr.objectif.saisie}</p>
        {indicateurs.map((i) => {
          const cle = `objectif.${i.cle}`;
          return (
            <ChampSaisie
              key={cle}
              id={idChamp(cle)}
              label={fr.champs[cle]?.label ?? cle}
              erreurs={erreursDe(erreurs, cle)}
              valeur={reponses[cle] ?? ''}
              inputMode="numeric"
              onChange={(v) => repondre(cle, v)}
            />
          );
        })}
      </div>
    </section>
  );
}
