/** Every sentence of the interface, in French (the engine's reasons carry their own message). */
import type { Statut, NatureRaison, Confiance } from '../../engine/index.ts';

type Choix = Readonly<Record<string, string>>;
interface TexteChamp {
  label: string;
  /** Label used for a centre when it differs. */
  labelCentre?: string;
  aide?: string;
  aideCentre?: string;
  choix?: Choix;
}

const OUI_NON: Choix = { true: 'Oui', false: 'Non' };

export const fr = {
  titre: 'Simulateur de l’aide à l’emploi d’un assistant médical',
  sousTitre:
    'Estimez l’aide de l’Assurance Maladie pour employer un assistant médical, année par année. Simulation indicative : seul votre contrat avec la CPAM fait foi.',
  progression: (n: number, total: number) => `Étape ${n} sur ${total}`,
  chargement: 'Calcul en cours…',
  navigation: {
    precedent: 'Précédent',
    suivant: 'Suivant',
    resultats: 'Voir les résultats',
    retourResultats: 'Revenir aux résultats',
    modifier: 'Modifier',
    modifierChamp: (libelle: string) => `Modifier : ${libelle}`,
    recommencer: 'Nouvelle simulation',
    copier: 'Copier le lien',
    copie: 'Lien copié dans le presse-papiers.',
    copieManuelle: 'Copiez ce lien :',
    imprimer: 'Imprimer le résumé',
  },
  etapes: {
    structure: 'Votre structure',
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
  champs: {
    structure: {
      label: 'Vous êtes',
      choix: { liberal: 'Médecin libéral', centre: 'Centre de santé' },
    },
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
    optam: { label: 'Adhérez-vous à l’OPTAM ou à l’OPTAM-CO ?', choix: OUI_NON },
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
      label: 'Exercez-vous en zone sous-dense (zone d’intervention prioritaire) ?',
      labelCentre: 'Le centre est-il situé en zone sous-dense (zone d’intervention prioritaire) ?',
      aide: 'Le zonage est publié par votre agence régionale de santé (ARS).',
      choix: OUI_NON,
    },
    exerciceRegroupe: {
      label: 'Exercez-vous en groupe (au moins deux médecins, ou maison de santé) ?',
      choix: OUI_NON,
    },
    exerciceCoordonne: {
      label:
        'Exercez-vous de façon coordonnée (maison de santé, équipe de soins primaires, CPTS…) ?',
      aide: 'Si ce n’est pas encore le cas, vous pouvez vous engager à le faire dans les deux ans.',
      choix: OUI_NON,
    },
    partHonorairesCliniques: {
      label: 'Part des honoraires cliniques dans vos honoraires des 12 derniers mois (en %)',
      aide: 'Honoraires hors actes techniques (CCAM), rapportés à vos honoraires totaux : voir votre relevé d’activité sur amelipro.',
    },
    nouvelInstalle: { label: 'Êtes-vous nouvellement installé ?', choix: OUI_NON },
    rqthOuAld: {
      label:
        'Êtes-vous reconnu travailleur handicapé (RQTH) ou en affection de longue durée (ALD) ?',
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
      aide: 'ETP : équivalent temps plein. Écrivez 0,5 pour un mi-temps.',
    },
    etpSpecialistes: { label: 'Médecins spécialistes du centre (en équivalents temps plein)' },
    nouveauCentre: {
      label: 'Le centre a-t-il été créé, ou s’est-il médicalisé, depuis le 1er janvier 2020 ?',
      choix: OUI_NON,
    },
    assistants: {
      label: 'Recrutements d’assistants médicaux',
      aide: 'Première ligne : le contrat initial (année 1). Ajoutez une ligne pour chaque avenant qui ajoute du temps d’assistant une année suivante.',
    },
    'objectif.mt': { label: 'Objectif contractuel : patients médecin traitant à gagner' },
    'objectif.fileActive': { label: 'Objectif contractuel : patients de file active à gagner' },
    atteinte: { label: 'Taux d’atteinte de l’objectif' },
    objectif: { label: 'Objectif contractuel (à saisir dans les résultats)' },
    annees: { label: 'Durée simulée' },
  } as Readonly<Record<string, TexteChamp>>,
  optionPremiereAnnee: (montant: string) => `${montant} la première année d’après vos réponses`,
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
    resume: 'Certaines réponses sont invalides et ne sont pas prises en compte :',
    calcul:
      'Le calcul n’a pas pu aboutir avec ces réponses. Modifiez-les ou recommencez la simulation.',
    lienIgnores: (cles: readonly string[]) =>
      `Certains paramètres du lien ont été ignorés car inconnus ou invalides : ${cles.join(', ')}. Les autres réponses ont été reprises.`,
    lienVersion:
      'Ce lien provient d’une autre version du simulateur : il n’a pas pu être relu. La simulation repart de zéro.',
  },
  verdict: {
    titre: {
      eligible: 'Éligible à l’aide',
      ineligible: 'Pas éligible à l’aide',
      'a-confirmer': 'Éligibilité à confirmer par la CPAM',
      incomplet: 'Il manque des informations pour conclure',
    } as Readonly<Record<Statut, string>>,
    phrase: {
      eligible: 'D’après vos réponses, l’aide peut vous être accordée.',
      ineligible:
        'D’après vos réponses, l’aide ne peut pas être accordée, pour les raisons suivantes.',
      'a-confirmer':
        'D’après vos réponses, l’aide est possible, mais votre CPAM doit confirmer certains points.',
      incomplet: 'Complétez les réponses ci-dessous pour obtenir un résultat.',
    } as Readonly<Record<Statut, string>>,
    natures: {
      ineligible: 'Ce qui empêche l’éligibilité',
      incomplet: 'Ce qui manque',
      'a-confirmer': 'À confirmer par la CPAM',
      condition: 'Conditions à respecter',
      information: 'À savoir',
    } as Readonly<Record<NatureRaison, string>>,
    regime: (libelle: string) => `Règles appliquées : ${libelle}.`,
    aucunRegime: 'Aucun dispositif n’existait à cette date de signature.',
    manquants: 'Réponses à compléter :',
    completer: (libelle: string) => `Compléter : ${libelle}`,
  },
  regimes: {
    'avenant7-2019': 'avenant 7 à la convention médicale (2019)',
    'reglement-arbitral-2023': 'règlement arbitral (2023)',
    'convention-2024': 'convention médicale 2024-2029',
    'ancs-avenant3-2020': 'accord national des centres de santé, avenant 3 (2020)',
  } as Readonly<Record<string, string>>,
  regimesCourts: {
    'avenant7-2019': 'Avenant 7 (2019)',
    'reglement-arbitral-2023': 'Règlement arbitral 2023',
    'convention-2024': 'Convention 2024',
    'ancs-avenant3-2020': 'Accord des centres 2020',
  } as Readonly<Record<string, string>>,
  variantes: {
    titre: 'Ce qui changerait le résultat',
    eligible: (si: string) => `${si}, vous seriez éligible.`,
    aConfirmer: (si: string) =>
      `${si}, l’aide serait possible, sous réserve de confirmation par la CPAM.`,
    appliquer: 'Simuler ce cas',
    appliquerCas: (si: string) => `Simuler ce cas : ${si.charAt(0).toLowerCase()}${si.slice(1)}`,
    aucune: 'Aucun changement simple de vos réponses ne rendrait l’aide possible.',
    si: {
      optam: 'Avec l’OPTAM',
      secteur1: 'En secteur 1',
      zoneSousDense: 'En zone sous-dense',
      exerciceRegroupe: 'En exercice regroupé',
      exerciceCoordonne: 'En exercice coordonné',
      nouvelInstalle: 'En tant que nouvel installé',
      nouveauCentre: 'Pour un centre créé depuis 2020',
      option: (libelle: string) => `Avec l’option ${libelle}`,
    },
  },
  optionsCourtes: {
    tiers: '⅓ ETP',
    demi: '½ ETP',
    plein: '1 ETP',
    'plein-et-demi': '1,5 ETP',
    double: '2 ETP',
  } as Readonly<Record<string, string>>,
  plan: {
    titre: 'Plan de versement',
    caption: (n: number) => `Versements prévisionnels par année de contrat, sur ${n} ans`,
    colonnes: ['Année', 'Début', 'Règles appliquées', 'Plafond', 'Taux de versement', 'Montant'],
    annee: (k: number) => `Année ${k}`,
    duree: (n: number) => (n === 1 ? '1 an' : `${n} ans`),
    total: 'Total',
    nonCalcule: 'fixé par la CPAM',
    inconnu: 'non calculable',
    graphiqueTitre: 'Montants versés par année de contrat',
    graphiqueDesc: (items: readonly string[]) => `Diagramme en barres. ${items.join(' ; ')}.`,
    projection:
      'Au-delà de 5 ans, le contrat doit être renouvelé : la projection suppose les mêmes règles.',
  },
  objectif: {
    titre: 'Votre objectif de patientèle',
    titreCentre: 'Objectif de patientèle du centre',
    mt: 'Patientèle médecin traitant',
    fileActive: 'File active',
    patients: (n: string) => `+${n} patients`,
    cpam: 'fixé par votre CPAM',
    origine: {
      contractuel: 'Objectif contractuel que vous avez saisi.',
      grille: 'Objectif indicatif calculé d’après votre patientèle initiale.',
      'nouvel-installe': 'Objectif des médecins nouvellement installés.',
      centre:
        'Objectif calculé pour le temps d’assistant du centre, à atteindre à plein déploiement.',
      aucun:
        'Sans objectif connu, le versement est simulé selon le taux d’atteinte que vous indiquez.',
    } as Readonly<Record<string, string>>,
    saisie:
      'Vous connaissez l’objectif inscrit au contrat ? Saisissez-le : il remplace l’objectif indicatif.',
  },
  atteinte: {
    titre: 'Et si l’objectif n’était pas atteint ?',
    intro:
      'Les deux premières années sont versées en entier. Ensuite, le versement dépend de l’atteinte de l’objectif : faites varier les valeurs, le plan se met à jour.',
    mode: 'Saisir l’atteinte de l’objectif en',
    modes: { taux: 'pourcentage de l’objectif', realise: 'patients gagnés (réalisé)' } as Readonly<
      Record<string, string>
    >,
    taux: (k: number) => `Atteinte de l’objectif en année ${k} (en %)`,
    realiseMt: (k: number) => `Patients médecin traitant gagnés à la fin de l’année ${k}`,
    realiseFa: (k: number) => `Patients de file active gagnés à la fin de l’année ${k}`,
    annee: (k: number) => `Année ${k}`,
  },
  comparaison: {
    titre: 'Comparer les options',
    caption: (n: number) => `Total versé selon le temps d’assistant, sur ${n} ans`,
    colonnes: ['Temps d’assistant', 'Verdict', 'Total'],
    colonnesCentre: ['ETP d’assistant demandés', 'ETP retenus', 'Verdict', 'Total'],
    actuelle: '(votre choix)',
    choisir: (libelle: string) => `Choisir ${libelle}`,
  },
  explication: {
    resume: 'Comment est calculé ce montant ?',
    resumeObjectif: 'Comment est calculé cet objectif ?',
    sources: 'Sources',
    depuis: (date: string) => `en vigueur depuis le ${date}`,
    verifie: (date: string) => `vérifié le ${date}`,
    saisie: 'votre réponse',
    inconnu: 'inconnu',
    cles: {
      annee: 'année',
      bande: 'bande',
      option: 'option',
      regimeApplique: 'règles',
      regime: 'règles',
      dateLecture: 'valeur lue au',
      seuil: 'seuil',
      strategie: 'méthode',
    } as Readonly<Record<string, string>>,
    operations: {
      produit: 'produit de',
      somme: 'somme de',
      difference: 'différence entre',
      quotient: 'quotient de',
      minimum: 'le plus petit de',
      maximum: 'le plus grand de',
      plancher: 'arrondi à l’entier inférieur de',
      plafonnement: 'ramené entre 0 et 100 % :',
      arrondi: 'arrondi au centime de',
      bareme: 'valeur retenue dans le barème',
    } as Readonly<Record<string, string>>,
  },
  confiance: {
    officiel: 'officiel',
    'non-officiel': 'non officiel',
    interpretation: 'hypothèse',
    seed: 'document source',
  } as Readonly<Record<Confiance, string>>,
  impression: {
    titre: 'Résumé de la simulation',
    date: (d: string) => `Simulation du ${d}`,
    version: (v: string) => `Version des règles : ${v}`,
    lien: 'Lien de la simulation :',
    reponses: 'Vos réponses',
  },
  recap: { vide: 'non renseigné' },
};
