/**
 * Wording of the collective contract of a group of GPs (issue 11, RULES.md §7 bis) in the wizard:
 * the third structure, its steps and its questions. Apart from fr.ts so that two helpers do not
 * edit it; the results' wording is in fr-collectif-resultats.ts (loaded with the results).
 * Every figure of this contract is unofficial (read through a relay of the ameli page): said so.
 */
import { fr } from './fr.ts';
import { frAccueil } from './fr-accueil.ts';

/** The shape of a question's wording in fr.ts. */
export interface TexteChamp {
  label: string;
  labelCentre?: string;
  aide?: string;
  aideCentre?: string;
  choix?: Readonly<Record<string, string>>;
}

const OUI_NON = fr.ouiNon;

export const frCollectif = {
  /** Offered on the first step: written in the first load's catalogue. */
  structure: frAccueil.collectif.structure,
  descriptionStructure: frAccueil.collectif.descriptionStructure,
  nonOfficiel:
    'Contrat collectif (depuis le 25 février 2026)\u00a0: chiffres non officiels, lus sur un relais de la page ameli de la CPAM des Hauts-de-Seine. Seul le contrat signé avec votre CPAM fait foi.',
  etapes: {
    'collectif-groupe': 'Votre groupe de médecins',
    'collectif-patientele': 'La patientèle du groupe',
    'collectif-assistants': 'Les assistants médicaux du groupe',
    'collectif-contrats': 'Contrats d’assistant passés ou en cours',
  } as Readonly<Record<string, string>>,
  /** Questions of the collective structure (and the shared ones it words differently). */
  champs: {
    dateSignature: {
      label: 'Date de signature du contrat collectif avec la CPAM',
      aide: 'Par défaut, la date du jour. Le contrat collectif existe depuis le 25 février 2026\u202f; le bonus pour les maîtres de stage s’applique aux contrats signés à partir du 1er novembre 2026.',
    },
    formeJuridique: {
      label: 'Quelle société du groupe signe le contrat\u202f?',
      aide: 'Le contrat collectif est signé par la société qui réunit les médecins.',
      choix: {
        scp: 'SCP (société civile professionnelle)',
        scm: 'SCM (société civile de moyens)',
        sisa: 'SISA (maison de santé pluriprofessionnelle)',
        sel: 'SEL (société d’exercice libéral)',
        autre: 'Autre forme',
      },
    },
    medecinsAdherents: {
      label: 'Nombre de médecins du groupe qui adhèrent au contrat',
      aide: 'Chaque médecin signe une adhésion individuelle\u202f; un associé peut rester en dehors.',
    },
    tousGeneralistesHorsMepSecteur1OuOptam: {
      label:
        'Tous les médecins adhérents sont-ils généralistes (hors mode d’exercice particulier), en secteur 1 ou en secteur 2 avec l’OPTAM ou l’OPTAM-CO\u202f?',
      choix: OUI_NON,
    },
    nouveauxInstalles: {
      label: 'Nombre de médecins adhérents installés depuis moins de 12 mois',
      aide: 'Un médecin nouvellement installé a son propre objectif (atteindre le 50e percentile en 3 ans)\u00a0: le simulateur ne le calcule pas. Laissez vide s’il n’y en a aucun.',
    },
    'patientele.mt': {
      label: 'Patients qui ont déclaré l’un des médecins adhérents comme médecin traitant (total)',
      aide: 'Adultes et enfants, total des médecins adhérents à la signature, tel qu’il figure sur les relevés de la CPAM (amelipro, rubrique «\u00a0Activité\u00a0»).',
    },
    'patientele.fileActive': { label: 'File active des médecins adhérents (total)' },
    'patientsDejaGagnes.mt': {
      label:
        'Patients médecin traitant déjà gagnés sous les contrats individuels des médecins adhérents',
      aide: 'Ils sont déduits de l’objectif du groupe. Laissez vide s’il n’y en a aucun.',
    },
    'patientsDejaGagnes.fileActive': {
      label:
        'Patients de file active déjà gagnés sous les contrats individuels des médecins adhérents',
    },
    etp: {
      label: 'Temps d’assistant médical demandé pour le groupe (en équivalents temps plein)',
      aide: 'ETP\u00a0: équivalent temps plein. Écrivez 0,5 pour un mi-temps. Au plus un ETP par médecin adhérent.',
    },
    maitresDeStage: {
      label: 'Nombre de médecins adhérents maîtres de stage qui accueillent un docteur junior',
      aide: 'Chacun ajoute un demi-ETP d’assistant au plafond du groupe. Laissez vide s’il n’y en a aucun.',
    },
    terrainDeStageAgree: {
      label: 'Le cabinet est-il un terrain de stage ambulatoire agréé\u202f?',
      aide: 'Le plafond augmente alors d’un demi-ETP par médecin adhérent (le plus favorable des deux bonus s’applique).',
      choix: OUI_NON,
    },
    contratIndividuelEnCours: {
      label:
        'Un médecin adhérent a-t-il encore un contrat individuel d’assistant médical en cours\u202f?',
      aide: 'Il devra le clore avant la signature du contrat collectif.',
      choix: OUI_NON,
    },
    carence: {
      label:
        'Un contrat d’assistant médical d’un médecin adhérent a-t-il pris fin il y a moins de 2 ans\u202f?',
      aide: 'Après une résiliation, aucun nouveau contrat n’est possible pendant 2 ans.',
      choix: OUI_NON,
    },
  } as Readonly<Record<string, TexteChamp>>,
};

/** The wording of a question for this structure: the collective one first, then the shared one. */
export function texteCollectif(cle: string, structure: string | undefined): TexteChamp | undefined {
  if (cle === 'structure') {
    const base = fr.champs.structure;
    return base && { ...base, choix: { ...base.choix, collectif: frCollectif.structure } };
  }
  return structure === 'collectif' || !(cle in fr.champs) ? frCollectif.champs[cle] : undefined;
}
