/** What-if achievement per contract year from year 3: rates, or realised patients per indicator with an objective. */
import type { ErreurChamp } from '../../engine/saisie.ts';
import { ChampPourcent } from '../components/ChampPourcent.tsx';
import { ChampSaisie } from '../components/ChampSaisie.tsx';
import { GroupeRadio } from '../components/GroupeRadio.tsx';
import { idChamp } from '../components/ids.ts';
import { fr } from '../messages/fr-resultats.ts';
import { erreursDe } from '../state/analyse.ts';
import { listeItems, type Reponses } from '../state/champs.ts';
import type { ModeAtteinte } from '../state/reducer.ts';

interface Props {
  annees: number;
  /** Indicators whose realised patients can be typed (those with an objective). */
  indicateurs: readonly ('mt' | 'fileActive')[];
  mode: ModeAtteinte;
  reponses: Reponses;
  erreurs: readonly ErreurChamp[];
  repondre(cle: string, valeur: string): void;
  changerMode(mode: ModeAtteinte): void;
}

/** Writes item `index` of a `;` list, padding earlier items (`atteinte` pads with 1 = 100 %). */
export function ecrireItem(
  liste: string | undefined,
  index: number,
  valeur: string,
  remplissage: string,
): string {
  const items = listeItems(liste);
  while (items.length <= index) items.push(remplissage);
  items[index] = valeur;
  while (items.length > 0 && (items.at(-1) === '' || items.at(-1) === remplissage)) items.pop();
  return items.join(';');
}

export function Atteinte({
  annees,
  indicateurs,
  mode,
  reponses,
  erreurs,
  repondre,
  changerMode,
}: Props) {
  const ans = Array.from({ length: Math.max(0, annees - 2) }, (_, i) => i + 3);
  if (ans.length === 0) return null;
  const items = (cle: string) => listeItems(reponses[cle]);
  return (
    <section className="atteinte no-print" aria-labelledby="titre-atteinte">
      <h3 id="titre-atteinte">{fr.atteinte.titre}</h3>
      <p className="aide">{fr.atteinte.intro}</p>
      {indicateurs.length > 0 ? (
        <GroupeRadio
          id="mode-atteinte"
          legende={fr.atteinte.mode}
          choix={Object.entries(fr.atteinte.modes)}
          valeur={mode}
          erreurs={[]}
          onChange={(v) => changerMode(v as ModeAtteinte)}
        />
      ) : null}
      <div className="grille-atteinte">
        {ans.map((k) =>
          mode === 'taux' || indicateurs.length === 0 ? (
            <ChampPourcent
              key={`taux-${k}`}
              id={idChamp(`atteinte.${k - 1}`)}
              label={fr.atteinte.taux(k)}
              erreurs={erreursDe(erreurs, `atteinte.${k - 1}`)}
              fraction={items('atteinte')[k - 1] ?? ''}
              parDefaut="100"
              onChange={(v) => repondre('atteinte', ecrireItem(reponses.atteinte, k - 1, v, '1'))}
            />
          ) : (
            <fieldset key={`realise-${k}`} className="groupe">
              <legend>{fr.atteinte.annee(k)}</legend>
              {indicateurs.map((ind) => {
                const cle = `realise.${ind}`;
                return (
                  <ChampSaisie
                    key={cle}
                    id={idChamp(`realise.${k - 1}.${ind}`)}
                    label={ind === 'mt' ? fr.atteinte.realiseMt(k) : fr.atteinte.realiseFa(k)}
                    erreurs={erreursDe(erreurs, `realise.${k - 1}.${ind}`)}
                    valeur={items(cle)[k - 1] ?? ''}
                    inputMode="numeric"
                    onChange={(v) =>
                      repondre(cle, ecrireItem(reponses[cle], k - 1, v.replace(/;/g, ''), ''))
                    }
                  />
                );
              })}
            </fieldset>
          ),
        )}
      </div>
    </section>
  );
}
