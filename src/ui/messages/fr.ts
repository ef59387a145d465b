/**
 * Every sentence of the interface, in French (the engine's reasons carry their own message). Those
 * of the first load (page frame, first step) are written in fr-accueil.ts and reused here.
 */
import { frAccueil as accueil } from './fr-accueil.ts';
import { frChamps, OUI_NON } from './fr-champs.ts';

/** Keys echoed from a link: a few, each cut short, then how many more (a link can hold 10 000). */
const CLES_CITEES = 5;
const LONGUEUR_CLE = 40;
export function citerCles(cles: readonly string[]): string {
  const uniques = [...new Set(cles)];
  const citees = uniques
    .slice(0, CLES_CITEES)
    .map((c) => (c.length > LONGUEUR_CLE ? `${c.slice(0, LONGUEUR_CLE)}…` : c));
  const reste = uniques.length - citees.length;
  if (reste <= 0) return citees.join(', ');
  const n = new Intl.NumberFormat('fr-FR').format(reste);
  return `${citees.join(', ')} … et ${n} ${reste > 1 ? 'autres' : 'autre'}`;
}

export const fr = {
  marque: accueil.marque,
  titre: accueil.titre,
  independant: accueil.independant,
  avertissement: accueil.avertissement,
  pied: accueil.pied,
  sousTitre: accueil.sousTitre,
  progression: accueil.progression,
  titreDocument: accueil.titreDocument,
  chargement: accueil.chargement,
  navigation: {
    precedent: 'Précédent',
    suivant: accueil.suivant,
    resultats: 'Voir les résultats',
    retourResultats: 'Revenir aux résultats',
    modifier: 'Modifier',
    modifierChamp: (libelle: string) => `Modifier\u00a0: ${libelle}`,
    recommencer: 'Nouvelle simulation',
    copier: 'Copier le lien',
    copie: 'Lien copié dans le presse-papiers.',
    copieManuelle: 'Copiez ce lien\u00a0:',
    imprimer: 'Imprimer le résumé',
    calendrier: 'Calendrier des versements',
  },
  etapes: {
    structure: accueil.etapeStructure,
    specialite: 'Votre spécialité',
    secteur: 'Votre secteur conventionnel',
    date: 'Date de signature du contrat',
    patientele: 'Votre patientèle',
    exercice: 'Votre exercice',
    option: 'Temps de travail de l’assistant',
    'centre-medecins': 'Les médecins du centre',
    'centre-patientele': 'La patientèle du centre',
    'centre-assistants': 'Les assistants médicaux du centre',
    recapitulatif: 'Récapitulatif de vos réponses',
    resultats: 'Résultat de la simulation',
  } as Readonly<Record<string, string>>,
  ouiNon: OUI_NON,
  champs: frChamps,
  optionPremiereAnnee: (montant: string) => `${montant} la première année d’après vos réponses`,
  /** Labels of list items, for error messages (the results catalogue reuses them for its inputs). */
  items: {
    atteinte: (k: number) => `Atteinte de l’objectif en année ${k} (en %)`,
    realiseMt: (k: number) => `Patients médecin traitant gagnés à la fin de l’année ${k}`,
    realiseFa: (k: number) => `Patients de file active gagnés à la fin de l’année ${k}`,
  },
  /** Field errors in the wizard: the field's French label, the bound and the typed value. */
  erreursChamp: {
    phrase: (libelle: string, texte: string) => `${libelle}\u00a0: ${texte}`,
    auPlus: (borne: string, saisi: string) => `au plus ${borne} (saisi\u00a0: ${saisi})`,
    auMoins: (borne: string, saisi: string) => `au moins ${borne} (saisi\u00a0: ${saisi})`,
    plusQue: (borne: string, saisi: string) => `plus de ${borne} (saisi\u00a0: ${saisi})`,
    entier: (saisi: string) => `un nombre entier est attendu (saisi\u00a0: ${saisi})`,
    nombre: (saisi: string) =>
      `un nombre est attendu, par exemple 1 200 ou 0,5 (saisi\u00a0: ${saisi})`,
    pourcentage: (saisi: string) =>
      `un pourcentage est attendu, par exemple 75 (saisi\u00a0: ${saisi})`,
    date: (saisi: string) => `date impossible ou mal écrite (saisi\u00a0: ${saisi})`,
    choix: (saisi: string) =>
      `réponse non reconnue (saisi\u00a0: ${saisi})\u00a0; choisissez-en une dans la liste`,
    obligatoire: 'réponse obligatoire',
  },
  assistants: {
    annee: (n: number) => `Année de début du recrutement ${n}`,
    etp: (n: number) => `ETP d’assistant du recrutement ${n}`,
    ajouter: 'Ajouter un recrutement',
    supprimer: (n: number) => `Supprimer le recrutement ${n}`,
    resume: (annee: string, etp: string) => `${etp} ETP à partir de l’année ${annee}`,
  },
  specialite: {
    aucune: 'Aucune spécialité ne correspond.',
    nombre: (n: number) => (n === 1 ? '1 spécialité proposée.' : `${n} spécialités proposées.`),
  },
  erreurs: {
    resume: 'Certaines réponses sont invalides et ne sont pas prises en compte\u00a0:',
    obligatoire: accueil.obligatoire,
    calcul:
      'Le calcul n’a pas pu aboutir avec ces réponses. Modifiez-les ou recommencez la simulation.',
    lienIgnores: (cles: readonly string[]) =>
      `Certains paramètres du lien ont été ignorés car inconnus ou invalides\u00a0: ${citerCles(cles)}. Les autres réponses ont été reprises.`,
    lienVersion:
      'Ce lien provient d’une autre version du simulateur\u00a0: il n’a pas pu être relu. La simulation repart de zéro.',
    chargement: accueil.erreurChargement,
    recharger: accueil.recharger,
  },
  recap: { vide: 'non renseigné' },
  projection: {
    texte: (date: string) =>
      `Les années au-delà du ${date} sont projetées avec les règles connues au ${date}.`,
    lien: 'Voir les règles et leurs sources',
  },
  dossiers: {
    lien: 'Voir mes simulations enregistrées',
  },
};
