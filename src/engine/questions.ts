/**
 * Which questions can change the answer, given what is known so far: the wizard asks only these
 * (the UI never re-implements a rule). Fields are named as in the public situation format.
 */
import type { OptionId, RegimeId, Situation } from '../schemas/index.ts';
import { estDateIso } from '../schemas/date-iso.ts';
import { bonusFormationCollectif } from './parametres/collectif.ts';
import { plafondsAssistantsCentres } from './parametres/plafonds-centres.ts';
import { optionsOuvertes } from './parametres/options.ts';
import { debutRegime } from './parametres/regimes.ts';
import {
  GENERALISTES,
  appartient,
  specialitesHonorairesCliniques,
} from './parametres/specialites.ts';
import { valeurAu } from './parametres/types.ts';
import { regimeDe } from './regles/regime.ts';

export type Question = string;

export interface QuestionsUtiles {
  regime: RegimeId | null;
  /** Fields worth asking, in the public format's names (dotted for nested ones). */
  champs: Question[];
  /** Options a new contract can choose under this regime (liberal doctors). */
  options: OptionId[];
}

type Partielle = { structure: Situation['structure'] } & Partial<Record<string, unknown>>;

export function questionsUtiles(s: Partielle): QuestionsUtiles {
  const date =
    typeof s.dateSignature === 'string' && estDateIso(s.dateSignature) ? s.dateSignature : null;
  const regime =
    typeof s.regime === 'string'
      ? (s.regime as RegimeId)
      : date
        ? regimeDe({ structure: s.structure, dateSignature: date } as Situation)
        : null;
  if (s.structure === 'centre') {
    const champs = [
      'dateSignature',
      'etpGeneralistes',
      'etpSpecialistes',
      'patientele.mtAdultes',
      'patientele.fileActive',
      'nouveauCentre',
      'assistants',
      'atteinte',
      'realise',
      'objectif',
    ];
    if (date !== null && regime !== null) {
      const plafonds = valeurAu(plafondsAssistantsCentres, date).valeur;
      if (plafonds.parCentreZoneSousDense !== plafonds.parCentre) champs.push('zoneSousDense');
    }
    return { regime, champs, options: [] };
  }
  if (s.structure === 'collectif') return questionsCollectif(s, regime, date);
  if (regime === null || regime === 'ancs-avenant3-2020') {
    return { regime: null, champs: ['dateSignature'], options: [] };
  }
  const dateRegime = debutRegime(regime);
  const specialite = typeof s.specialite === 'string' ? s.specialite : '';
  const generaliste = appartient(specialite, GENERALISTES);
  const options = [...valeurAu(optionsOuvertes, dateRegime).valeur];
  const champs: Question[] = ['dateSignature', 'specialite', 'secteur'];
  if (s.secteur === '2') champs.push('optam');
  champs.push('option', 'bande');
  if (generaliste) champs.push('patientele.mtAdultes', 'patientele.mtEnfants');
  // Every specialty's objective counts the file active (RULES.md §4); a "maintain" objective
  // the CPAM gives is measured against the initial one (§5).
  champs.push('patientele.fileActive');
  if (regime === 'avenant7-2019') {
    champs.push('zoneSousDense');
    if (s.zoneSousDense !== true) champs.push('exerciceRegroupe');
    champs.push('exerciceCoordonne');
  } else if (s.option === 'plein-et-demi' || s.option === 'double') {
    champs.push('zoneSousDense');
  }
  if (
    regime !== 'avenant7-2019' &&
    appartient(specialite, valeurAu(specialitesHonorairesCliniques, dateRegime).valeur)
  ) {
    champs.push('partHonorairesCliniques');
  }
  champs.push('nouvelInstalle', 'rqthOuAld', 'atteinte', 'realise', 'objectif');
  return { regime, champs, options };
}

/**
 * A group of GPs under the collective contract (RULES.md §7 bis): the company, the doctors and the
 * yes/no conditions decide eligibility; the training bonus (maîtres de stage, approved training
 * site) only exists for contracts signed from its start date, and only matters when the group asks
 * more ETP than it has doctors; patients already gained only lower an objective the CPAM did not
 * give. The group's file active is not used by these rules: it is not asked.
 */
function questionsCollectif(
  s: Partielle,
  regime: RegimeId | null,
  date: string | null,
): QuestionsUtiles {
  if (regime === null || date === null) return { regime, champs: ['dateSignature'], options: [] };
  const debut = debutRegime(regime);
  const dateBonus = date > debut ? date : debut;
  const champs: Question[] = [
    'dateSignature',
    'formeJuridique',
    'medecinsAdherents',
    'tousGeneralistesHorsMepSecteur1OuOptam',
    'patientele.mt',
    'etp',
  ];
  const bonus = valeurAu(bonusFormationCollectif, dateBonus).valeur;
  const etp = typeof s.etp === 'number' ? s.etp : null;
  const medecins = typeof s.medecinsAdherents === 'number' ? s.medecinsAdherents : null;
  if (bonus > 0 && (etp === null || medecins === null || etp > medecins))
    champs.push('maitresDeStage', 'terrainDeStageAgree');
  const objectif = (typeof s.objectif === 'object' && s.objectif !== null ? s.objectif : {}) as {
    mt?: unknown;
    fileActive?: unknown;
  };
  if (objectif.mt === undefined) champs.push('patientsDejaGagnes.mt');
  if (objectif.fileActive === undefined) champs.push('patientsDejaGagnes.fileActive');
  champs.push(
    'contratIndividuelEnCours',
    'carence',
    'nouveauxInstalles',
    'atteinte',
    'realise',
    'objectif',
  );
  return { regime, champs, options: [] };
}
