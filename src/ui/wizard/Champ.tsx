/**
 * One question of the wizard, rendered by its field's widget in the schemas' field catalogue
 * (src/schemas/champs.ts); wording from messages/fr.ts.
 */
import {
  SPECIALITES,
  specialitesProches,
  type ErreurChamp,
  type OptionId,
} from '../../engine/saisie.ts';
import { ChampListe } from '../components/ChampListe.tsx';
import { ChampPourcent } from '../components/ChampPourcent.tsx';
import { ChampSaisie } from '../components/ChampSaisie.tsx';
import { Combobox } from '../components/Combobox.tsx';
import { GroupeRadio } from '../components/GroupeRadio.tsx';
import { idChamp } from '../components/ids.ts';
import { fr } from '../messages/fr.ts';
import { frInconnues } from '../messages/fr-inconnues.ts';
import { frCollectif, texteCollectif } from '../messages/fr-collectif.ts';
import { erreursDe } from '../state/analyse.ts';
import { defReponse, type Reponses, type Structure } from '../state/champs.ts';
import { INCONNU } from '../state/inconnues.ts';
import { ListeAssistants } from './ListeAssistants.tsx';

export interface PropsChamp {
  cle: string;
  reponses: Reponses;
  structure: Structure | undefined;
  erreurs: readonly ErreurChamp[];
  optionsOuvertes: readonly OptionId[];
  /** What each option would pay in year 1, from the engine (empty when unknown). */
  descriptionsOptions: Readonly<Record<string, string>>;
  repondre(cle: string, valeur: string): void;
  choisirStructure(structure: Structure): void;
}

const OPTIONS_SPECIALITES = SPECIALITES.map((s) => ({ valeur: s.slug, libelle: s.libelle }));
/** Yes/no questions are answered Oui, Non or Je ne sais pas, none preselected (inconnues.ts). */
export function texteChamp(cle: string, structure: Structure | undefined) {
  const t = texteCollectif(cle, structure) ?? fr.champs[cle] ?? { label: cle };
  const centre = structure === 'centre';
  const choix = t.choix ?? {};
  return {
    label: (centre ? t.labelCentre : undefined) ?? t.label,
    aide:
      (centre ? t.aideCentre : undefined) ??
      t.aide ??
      (centre ? undefined : frInconnues.aides[cle]),
    choix:
      defReponse(cle)?.widget === 'oui-non-inconnu'
        ? { ...choix, [INCONNU]: frInconnues.jeNeSaisPas }
        : choix,
  };
}

export function Champ({
  cle,
  reponses,
  structure,
  erreurs,
  optionsOuvertes,
  descriptionsOptions,
  repondre,
  choisirStructure,
}: PropsChamp) {
  const id = idChamp(cle);
  const { label, aide, choix } = texteChamp(cle, structure);
  const valeur = reponses[cle] ?? '';
  const sesErreurs = erreursDe(erreurs, cle);
  const surChange = (v: string) => repondre(cle, v);
  const commun = { id, erreurs: sesErreurs, valeur };
  const widget = defReponse(cle)?.widget;

  if (widget === 'choix-structure') {
    return (
      <GroupeRadio
        {...commun}
        legende={label}
        choix={Object.entries(choix)}
        descriptions={{ collectif: frCollectif.descriptionStructure }}
        onChange={(v) => choisirStructure(v as Structure)}
      />
    );
  }
  if (widget === 'choix' || widget === 'oui-non-inconnu') {
    return (
      <GroupeRadio
        {...commun}
        legende={label}
        aide={aide}
        choix={Object.entries(choix)}
        onChange={surChange}
      />
    );
  }
  if (widget === 'choix-option') {
    const ouvertes = Object.entries(choix).filter(
      ([v]) => optionsOuvertes.includes(v as OptionId) || v === valeur,
    );
    return (
      <GroupeRadio
        {...commun}
        legende={label}
        aide={aide}
        choix={ouvertes}
        descriptions={descriptionsOptions}
        onChange={surChange}
      />
    );
  }
  if (widget === 'recherche') {
    return (
      <Combobox
        {...commun}
        label={label}
        aide={aide}
        options={OPTIONS_SPECIALITES}
        messageAucune={fr.specialite.aucune}
        messageNombre={fr.specialite.nombre}
        suggerer={specialitesProches}
        onChange={surChange}
      />
    );
  }
  if (widget === 'liste-deroulante') {
    return (
      <ChampListe
        {...commun}
        label={label}
        aide={aide}
        choix={Object.entries(choix)}
        onChange={surChange}
      />
    );
  }
  if (widget === 'date') {
    return <ChampSaisie {...commun} label={label} aide={aide} type="date" onChange={surChange} />;
  }
  if (widget === 'pourcentage') {
    return (
      <ChampPourcent
        id={id}
        label={label}
        aide={aide}
        erreurs={sesErreurs}
        fraction={valeur}
        onChange={surChange}
      />
    );
  }
  if (widget === 'liste-assistants') {
    return (
      <ListeAssistants
        id={id}
        label={label}
        aide={aide}
        valeur={valeur}
        erreurs={erreurs}
        onChange={surChange}
      />
    );
  }
  // Counts of doctors or patients are whole numbers; the other numbers may be decimal (an ETP).
  const entier = widget === 'entier';
  return (
    <ChampSaisie
      {...commun}
      label={label}
      aide={aide}
      inputMode={entier ? 'numeric' : 'decimal'}
      onChange={surChange}
    />
  );
}
