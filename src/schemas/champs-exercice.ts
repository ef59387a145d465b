/**
 * Field catalogue, second part (champs.ts): patients at signature and the practice, then the
 * assistants and a group's earlier contracts.
 */
import {
  ANNEE,
  BOOLEEN,
  CENTRE,
  champ,
  code,
  COLLECTIF,
  ENTIER_POSITIF,
  LIBERAL,
  LIBERAL_CENTRE,
  OUI_NON,
  STRICTEMENT_POSITIF,
  TOUTES,
} from './champ.ts';
import { ANNEES_MAX, BANDES } from './codes.ts';

export const CHAMPS_EXERCICE = [
  champ('patientele.mtAdultes', LIBERAL_CENTRE, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'Patientèle MT adultes',
    entetes: ['mt-adultes', 'patients-mt-adultes'],
  }),
  champ('patientele.mtEnfants', LIBERAL, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'Patientèle MT enfants',
    entetes: ['mt-enfants', 'patients-mt-enfants'],
  }),
  champ('patientele.mt', COLLECTIF, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'Patientèle MT',
  }),
  champ('patientele.fileActive', TOUTES, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'File active',
  }),
  champ('bande', LIBERAL, code(BANDES), {
    widget: 'liste-deroulante',
    intitule: 'Bande',
    entetes: ['bande-de-percentile', 'percentile'],
  }),
  champ('nouveauCentre', CENTRE, BOOLEEN, { widget: OUI_NON, intitule: 'Nouveau centre' }),
  champ('zoneSousDense', LIBERAL_CENTRE, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'Zone sous-dense',
    entetes: ['zone-sous-dense-zip', 'zip'],
  }),
  champ('exerciceRegroupe', LIBERAL, BOOLEEN, { widget: OUI_NON, intitule: 'Exercice regroupé' }),
  champ('exerciceCoordonne', LIBERAL, BOOLEEN, { widget: OUI_NON, intitule: 'Exercice coordonné' }),
  champ('nouvelInstalle', LIBERAL, BOOLEEN, { widget: OUI_NON, intitule: 'Nouvel installé' }),
  champ('rqthOuAld', LIBERAL, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'RQTH ou ALD',
    entetes: ['rqth'],
  }),
  champ('activiteMixte', LIBERAL, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'Activité mixte',
    entetes: ['activite-salariee'],
  }),
  champ(
    'partHonorairesCliniques',
    LIBERAL,
    { sorte: 'nombre', auMoins: 0, auPlus: 1 },
    { widget: 'pourcentage', intitule: 'Part d’honoraires cliniques' },
  ),
] as const;

export const CHAMPS_ASSISTANTS = [
  champ(
    'assistants',
    CENTRE,
    { sorte: 'liste-objets', max: ANNEES_MAX },
    { widget: 'liste-assistants' },
  ),
  champ('assistants.#.anneeDebut', CENTRE, ANNEE, { requis: true }),
  champ('assistants.#.etp', CENTRE, STRICTEMENT_POSITIF, { requis: true }),
  champ('etp', COLLECTIF, STRICTEMENT_POSITIF, {
    widget: 'decimal',
    intitule: 'ETP d’assistant',
    entetes: ['etp-assistant'],
  }),
  champ('maitresDeStage', COLLECTIF, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'Maîtres de stage',
  }),
  champ('terrainDeStageAgree', COLLECTIF, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'Terrain de stage agréé',
  }),
  champ('patientsDejaGagnes.mt', COLLECTIF, ENTIER_POSITIF, { widget: 'entier' }),
  champ('patientsDejaGagnes.fileActive', COLLECTIF, ENTIER_POSITIF, { widget: 'entier' }),
  champ('contratIndividuelEnCours', COLLECTIF, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'Contrat individuel en cours',
  }),
  champ('carence', COLLECTIF, BOOLEEN, { widget: OUI_NON, intitule: 'Carence' }),
  champ('nouveauxInstalles', COLLECTIF, ENTIER_POSITIF, {
    widget: 'entier',
    intitule: 'Nouveaux installés',
  }),
] as const;
