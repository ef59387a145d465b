/**
 * The wording of each question of the wizard (label, help, choices; a centre's own label or help
 * when it differs), by public field name. Part of fr.ts (`fr.champs`); apart to keep files short.
 */
import { frAccueil as accueil } from './fr-accueil.ts';

type Choix = Readonly<Record<string, string>>;
export interface TexteChamp {
  label: string;
  /** Label used for a centre when it differs. */
  labelCentre?: string;
  aide?: string;
  aideCentre?: string;
  choix?: Choix;
}

export const OUI_NON: Choix = { true: 'Oui', false: 'Non' };

export const frChamps: Readonly<Record<string, TexteChamp>> = {
  structure: accueil.structure,
  specialite: {
    label: 'Spécialité',
    aide: 'Tapez quelques lettres, puis choisissez avec les flèches haut et bas et la touche Entrée.',
  },
  secteur: {
    label: 'Secteur conventionnel',
    choix: {
      '1': 'Secteur 1',
      '2': 'Secteur 2 (honoraires libres)',
      'non-conventionne': 'Non conventionné',
    },
  },
  optam: { label: 'Adhérez-vous à l’OPTAM ou à l’OPTAM-CO\u202f?', choix: OUI_NON },
  dateSignature: {
    label: 'Date de signature du contrat avec la CPAM',
    aide: 'Par défaut, la date du jour. Elle détermine les règles applicables (avenant 7 de 2019, règlement arbitral de 2023, convention de 2024, accord des centres de santé).',
  },
  'patientele.mtAdultes': {
    label: 'Patients adultes qui vous ont déclaré médecin traitant',
    labelCentre: 'Patientèle médecin traitant adulte du centre (tous médecins)',
    aide: 'Ces chiffres figurent dans votre espace pro amelipro (rubrique « Activité ») et sur le relevé de patientèle que vous adresse votre CPAM.',
    aideCentre: 'Totaux du centre à la signature, tels qu’ils figurent sur le relevé de la CPAM.',
  },
  'patientele.mtEnfants': {
    label: 'Patients de moins de 16 ans qui vous ont déclaré médecin traitant',
  },
  'patientele.fileActive': {
    label: 'File active (patients distincts vus au moins une fois dans l’année)',
    labelCentre: 'File active du centre (patients distincts vus dans l’année)',
  },
  bande: {
    label: 'Position de votre patientèle communiquée par la CPAM',
    aide: 'Bande de percentile de votre spécialité, indiquée par votre CPAM (relevé ou proposition de contrat, ou espace pro amelipro). Elle prime sur les effectifs.',
    choix: {
      '': 'Je ne la connais pas',
      '<P30': 'Sous le 30e percentile (moins de P30)',
      'P30-P50': 'Entre le 30e et le 50e percentile (P30 à P50)',
      'P50-P70': 'Entre le 50e et le 70e percentile (P50 à P70)',
      'P70-P90': 'Entre le 70e et le 90e percentile (P70 à P90)',
      'P90-P95': 'Entre le 90e et le 95e percentile (P90 à P95)',
      '>=P95': 'Au 95e percentile ou au-delà (P95 et plus)',
    },
  },
  zoneSousDense: {
    label: 'Exercez-vous en zone sous-dense (zone d’intervention prioritaire)\u202f?',
    labelCentre:
      'Le centre est-il situé en zone sous-dense (zone d’intervention prioritaire)\u202f?',
    aide: 'Le zonage est publié par votre agence régionale de santé (ARS).',
    choix: OUI_NON,
  },
  exerciceRegroupe: {
    label: 'Exercez-vous en groupe (au moins deux médecins, ou maison de santé)\u202f?',
    choix: OUI_NON,
  },
  exerciceCoordonne: {
    label:
      'Exercez-vous de façon coordonnée (maison de santé, équipe de soins primaires, CPTS…)\u202f?',
    aide: 'Si ce n’est pas encore le cas, vous pouvez vous engager à le faire dans les deux ans.',
    choix: OUI_NON,
  },
  partHonorairesCliniques: {
    label: 'Part des honoraires cliniques dans vos honoraires des 12 derniers mois (en %)',
    aide: 'Honoraires hors actes techniques (CCAM), rapportés à vos honoraires totaux\u00a0: voir votre relevé d’activité sur amelipro.',
  },
  nouvelInstalle: { label: 'Êtes-vous nouvellement installé\u202f?', choix: OUI_NON },
  rqthOuAld: {
    label:
      'Êtes-vous reconnu travailleur handicapé (RQTH) ou en affection de longue durée (ALD)\u202f?',
    choix: OUI_NON,
  },
  activiteMixte: {
    label: 'Avez-vous aussi une activité salariée (activité mixte)\u202f?',
    choix: OUI_NON,
  },
  option: {
    label: 'Temps de travail de l’assistant médical',
    choix: {
      tiers: 'Un tiers de temps (⅓ ETP)',
      demi: 'Mi-temps (½ ETP)',
      plein: 'Temps plein (1 ETP)',
      'plein-et-demi': 'Un temps plein et demi (1,5 ETP, second assistant)',
      double: 'Deux temps pleins (2 ETP, second assistant)',
    },
  },
  etpGeneralistes: {
    label: 'Médecins généralistes du centre (en équivalents temps plein)',
    aide: 'ETP\u00a0: équivalent temps plein. Écrivez 0,5 pour un mi-temps.',
  },
  etpSpecialistes: { label: 'Médecins spécialistes du centre (en équivalents temps plein)' },
  nouveauCentre: {
    label: 'Le centre a-t-il été créé, ou s’est-il médicalisé, depuis le 1er janvier 2020\u202f?',
    choix: OUI_NON,
  },
  assistants: {
    label: 'Recrutements d’assistants médicaux',
    aide: 'Première ligne\u00a0: le contrat initial (année 1). Ajoutez une ligne pour chaque avenant qui ajoute du temps d’assistant une année suivante.',
  },
  'objectif.mt': { label: 'Objectif contractuel\u00a0: patients médecin traitant à gagner' },
  'objectif.fileActive': {
    label: 'Objectif contractuel\u00a0: patients de file active à gagner',
  },
  atteinte: { label: 'Taux d’atteinte de l’objectif' },
  objectif: { label: 'Objectif contractuel (à saisir dans les résultats)' },
  annees: { label: 'Durée simulée' },
};
