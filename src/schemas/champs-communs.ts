/**
 * Field catalogue, first part (champs.ts): the fields of every structure, then who signs (the
 * liberal doctor, the centre's doctors, the group).
 */
import {
  ANNEE,
  BOOLEEN,
  CENTRE,
  champ,
  code,
  COLLECTIF,
  LIBERAL,
  NOMBRE,
  OUI_NON,
  POSITIF,
  TOUTES,
} from './champ.ts';
import {
  ANNEES_MAX,
  FORMES_JURIDIQUES,
  OPTIONS,
  REGIMES_CENTRES,
  REGIMES_COLLECTIFS,
  REGIMES_LIBERAUX,
  SECTEURS,
  STRUCTURES,
} from './codes.ts';
import { SLUGS_SPECIALITES } from './specialites.ts';

const REGIMES = {
  liberal: REGIMES_LIBERAUX,
  centre: REGIMES_CENTRES,
  collectif: REGIMES_COLLECTIFS,
} as const;

/** The headers an advisor may give the row's own identifier. */
const ENTETES_REFERENCE = [
  'nom-du-medecin',
  'nom-prenom',
  'medecin',
  'identifiant',
  'n-dossier',
  'no-dossier',
  'numero-de-dossier',
  'numero-dossier',
  'dossier',
  'reference-conseiller',
];

export const CHAMPS_COMMUNS = [
  champ(
    'structure',
    TOUTES,
    { ...code(STRUCTURES), discriminant: true },
    {
      requis: true,
      widget: 'choix-structure',
      intitule: 'Structure',
      entetes: ['type-de-structure'],
    },
  ),
  champ('regime', TOUTES, code(REGIMES), { intitule: 'Régime', entetes: ['regime-force'] }),
  champ(
    'reference',
    TOUTES,
    { sorte: 'texte', longueurMin: 1, longueurMax: 100 },
    { fichiersSeulement: true, intitule: 'Nom', entetes: ENTETES_REFERENCE },
  ),
  champ(
    'dateSignature',
    TOUTES,
    { sorte: 'date' },
    { requis: true, widget: 'date', intitule: 'Date de signature', entetes: ['date-du-contrat'] },
  ),
  champ('annees', TOUTES, ANNEE, {
    intitule: 'Nombre d’années',
    entetes: ['nombre-annees', 'duree'],
  }),
  champ(
    'atteinte',
    TOUTES,
    { sorte: 'liste', element: POSITIF, max: ANNEES_MAX },
    { intitule: 'Atteinte', entetes: ['taux-d-atteinte', 'taux-atteinte'] },
  ),
  champ('realise', TOUTES, { sorte: 'liste-objets', max: ANNEES_MAX }),
  champ('realise.#.mt', TOUTES, NOMBRE),
  champ('realise.#.fileActive', TOUTES, NOMBRE),
  champ('objectif.mt', TOUTES, POSITIF, { intitule: 'Objectif MT' }),
  champ('objectif.fileActive', TOUTES, POSITIF, { intitule: 'Objectif file active' }),
] as const;

export const CHAMPS_SIGNATAIRES = [
  champ('specialite', LIBERAL, code(SLUGS_SPECIALITES), {
    widget: 'recherche',
    intitule: 'Spécialité',
  }),
  champ('secteur', LIBERAL, code(SECTEURS), {
    widget: 'choix',
    intitule: 'Secteur',
    entetes: ['secteur-conventionnel'],
  }),
  champ('optam', LIBERAL, BOOLEEN, {
    widget: OUI_NON,
    intitule: 'OPTAM',
    entetes: ['optam-co', 'optam-optam-co'],
  }),
  champ('option', LIBERAL, code(OPTIONS), {
    widget: 'choix-option',
    intitule: 'Option',
    entetes: ['temps-d-assistant', 'temps-assistant'],
  }),
  champ('etpGeneralistes', CENTRE, POSITIF, {
    widget: 'decimal',
    intitule: 'ETP généralistes',
    entetes: ['etp-de-generalistes'],
  }),
  champ('etpSpecialistes', CENTRE, POSITIF, {
    widget: 'decimal',
    intitule: 'ETP spécialistes',
    entetes: ['etp-de-specialistes'],
  }),
  champ('formeJuridique', COLLECTIF, code(FORMES_JURIDIQUES), {
    widget: 'choix',
    intitule: 'Forme juridique',
  }),
  champ(
    'medecinsAdherents',
    COLLECTIF,
    { sorte: 'nombre', entier: true, auMoins: 1 },
    { widget: 'entier', intitule: 'Médecins adhérents' },
  ),
  champ('tousGeneralistesHorsMepSecteur1OuOptam', COLLECTIF, BOOLEEN, { widget: OUI_NON }),
] as const;
