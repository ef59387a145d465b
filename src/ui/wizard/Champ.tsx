/** One question of the wizard, rendered by the kind of its field; wording from messages/fr.ts. */
import {
  SPECIALITES,
  specialitesProches,
  type ErreurChamp,
  type OptionId,
} from '../../engine/questionnaire.ts';
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
import type { Reponses, Structure } from '../state/champs.ts';
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
const BOOLEENS = new Set([
  'optam',
  'zoneSousDense',
  'exerciceRegroupe',
  'exerciceCoordonne',
  'nouvelInstalle',
  'rqthOuAld',
  'nouveauCentre',
  'tousGeneralistesHorsMepSecteur1OuOptam',
  'terrainDeStageAgree',
  'contratIndividuelEnCours',
  'carence',
]);
/** Counts of doctors or patients: whole numbers (the other numbers may be decimal, like an ETP). */
const ENTIERS =
  /^(patientele|objectif|patientsDejaGagnes)\.|^(medecinsAdherents|maitresDeStage|nouveauxInstalles)$/;

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
    choix: BOOLEENS.has(cle) ? { ...choix, [INCONNU]: frInconnues.jeNeSaisPas } : choix,
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

  if (cle === 'structure') {
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
  if (cle === 'secteur' || cle === 'formeJuridique' || BOOLEENS.has(cle)) {
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
  if (cle === 'option') {
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
  if (cle === 'specialite') {
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
  if (cle === 'bande') {
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
  if (cle === 'dateSignature') {
    return <ChampSaisie {...commun} label={label} aide={aide} type="date" onChange={surChange} />;
  }
  if (cle === 'partHonorairesCliniques') {
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
  if (cle === 'assistants') {
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
  const entier = ENTIERS.test(cle);
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
