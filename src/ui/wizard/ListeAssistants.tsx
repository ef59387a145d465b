/** Centre: assistant ETP added per contract year (initial contract, then amendments), rows to add or remove. */
import type { ErreurChamp } from '../../engine/saisie.ts';
import { ChampSaisie } from '../components/ChampSaisie.tsx';
import { fr } from '../messages/fr.ts';
import { erreursDe } from '../state/analyse.ts';
import { ecrireAssistants, lireAssistants, type LigneAssistant } from '../state/champs.ts';
import { idChamp } from '../components/ids.ts';

interface Props {
  id: string;
  label: string;
  aide?: string | undefined;
  valeur: string;
  erreurs: readonly ErreurChamp[];
  onChange(valeur: string): void;
}

export function ListeAssistants({ id, label, aide, valeur, erreurs, onChange }: Props) {
  const lignes = lireAssistants(valeur);
  const ecrire = (suivantes: LigneAssistant[]) => onChange(ecrireAssistants(suivantes));
  const modifier = (i: number, champ: keyof LigneAssistant, v: string) =>
    ecrire(lignes.map((l, j) => (j === i ? { ...l, [champ]: v.replace(/[;:]/g, '') } : l)));
  const derniere = Number(lignes.at(-1)?.anneeDebut ?? 0);
  const prochaine = String(Number.isFinite(derniere) ? Math.min(derniere + 1, 10) : 1);
  const erreurListe = erreurs.filter((e) => e.champ === 'assistants');
  return (
    <fieldset
      className="champ groupe assistants"
      aria-describedby={aide ? `${id}-aide` : undefined}
    >
      <legend>{label}</legend>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      <ol className="lignes">
        {lignes.map((ligne, i) => (
          <li key={i} className="ligne-assistant">
            <ChampSaisie
              id={idChamp(`assistants.${i}.anneeDebut`)}
              label={fr.assistants.annee(i + 1)}
              erreurs={erreursDe(erreurs, `assistants.${i}.anneeDebut`)}
              valeur={ligne.anneeDebut}
              inputMode="numeric"
              onChange={(v) => modifier(i, 'anneeDebut', v)}
            />
            <ChampSaisie
              id={idChamp(`assistants.${i}.etp`)}
              label={fr.assistants.etp(i + 1)}
              erreurs={erreursDe(erreurs, `assistants.${i}.etp`)}
              valeur={ligne.etp}
              inputMode="decimal"
              onChange={(v) => modifier(i, 'etp', v)}
            />
            <button
              type="button"
              className="secondaire"
              onClick={() => ecrire(lignes.filter((_, j) => j !== i))}
            >
              {fr.assistants.supprimer(i + 1)}
            </button>
          </li>
        ))}
      </ol>
      {erreurListe.map((e) => (
        <p key={e.message} className="erreur">
          {e.message}
        </p>
      ))}
      <button
        type="button"
        onClick={() =>
          ecrire([...lignes, { anneeDebut: lignes.length === 0 ? '1' : prochaine, etp: '1' }])
        }
      >
        {fr.assistants.ajouter}
      </button>
    </fieldset>
  );
}
