/** Wording of the rules and sources page (loaded by that page only). */
import { TEXTES_STRATEGIES } from './messages-strategies.ts';

export const frSources = {
  titre: 'Règles et sources du simulateur',
  intro:
    'Chaque valeur utilisée par le simulateur, avec sa période de validité, sa source et son niveau de confiance, ainsi que les hypothèses retenues faute de texte.',
  version: (v: string) => `Version des règles\u00a0: ${v}`,
  verifieLe: (d: string) => `Valeurs vérifiées le ${d}`,
  navigation: {
    libelle: 'Pages du simulateur',
    simulateur: 'Revenir au simulateur',
    dossiers: 'Mes simulations enregistrées',
    sommaire: 'Sommaire',
  },
  sections: {
    confiance: 'Niveaux de confiance',
    parametres: 'Paramètres et historique des valeurs',
    hypotheses: 'Questions ouvertes et hypothèses retenues',
    strategies: 'Choix d’interprétation',
    sources: 'Documents sources',
  },
  confiance: {
    seed: 'valeur lue dans un document fourni au projet (page régionale de l’Assurance Maladie, syndicat, fédération).',
    officiel: 'valeur publiée par l’Assurance Maladie (ameli.fr) ou un texte officiel.',
    'non-officiel':
      'valeur publiée par un syndicat, la presse ou un site privé, non confirmée officiellement.',
    interpretation: 'aucun texte lu ne le dit\u00a0: c’est le choix fait par le simulateur.',
  },
  tableau: {
    colonnes: ['Période', 'Valeur', 'Confiance', 'Sources'],
    identifiant: 'Identifiant',
    verifie: (d: string) => `vérifié le ${d}`,
    du: (debut: string, fin: string) => `du ${debut} au ${fin}`,
    depuis: (debut: string) => `depuis le ${debut}`,
  },
  valeurs: {
    oui: 'oui',
    non: 'non',
    references: {
      'ligne-precedente': 'pas de montant propre (l’année 1 garde le montant d’origine)',
      'montant-annee-1': 'montant de l’année 1',
    } as Readonly<Record<string, string>>,
    nulles: {
      parCentreZoneSousDense: 'pas de plafond',
    } as Readonly<Record<string, string>>,
    nullesParParametre: {
      'cout.salaire-minimum-conventionnel':
        'montant non repris (voir la note)\u00a0: le SMIC sert de valeur par défaut',
    } as Readonly<Record<string, string>>,
    introuvable: 'introuvable',
    toutesChirurgies: 'toutes les spécialités chirurgicales',
    mesures: {
      mtAdultes: 'patients adultes médecin traitant',
      mtAdultesEtEnfants: 'patients médecin traitant, adultes et enfants',
    } as Readonly<Record<string, string>>,
    bandes: {
      'P30-P50': 'P30 à P50',
      'P50-P70': 'P50 à P70',
      'P70-P90': 'P70 à P90',
      'P90-P95': 'P90 à P95',
      '>=P95': 'P95 et plus',
      '[P50;P70[': 'de P50 à P70 (exclu)',
      '[P70;P90[': 'de P70 à P90 (exclu)',
      '>=P90': 'P90 et plus',
    } as Readonly<Record<string, string>>,
  },
  cles: {
    a1: 'Année 1',
    a2: 'Année 2',
    a3: 'Années 3 et suivantes',
    annee1: 'Année 1',
    annee2: 'Année 2',
    suivantes: 'Années 3 et suivantes',
    seuilAnnee3: 'Atteinte donnant l’avance pleine en année 3',
    seuilSuivantes: 'Atteinte donnant l’avance pleine à partir de l’année 4',
    avancePleine: 'Avance pleine',
    avanceReduite: 'Avance réduite (seuil non atteint)',
    complement: 'Avance complémentaire si le seuil est atteint ensuite',
    delaiAvanceMois: 'Délai de l’avance (en mois)',
    delaiComplementMois: 'Délai de l’avance complémentaire (en mois)',
    delaiSoldeMois: 'Délai du solde (en mois)',
    majorationP90: 'Majoration P90 à P95 (dès l’année 3)',
    p95: 'P95 et plus (chaque année)',
    seuil: 'Seuil',
    strict: 'Strictement au-dessus du seuil',
    mesure: 'Patientèle comptée',
    anneesObservation: 'Années versées en entier (observation)',
    seuilPleinAnnee3: 'Atteinte donnant le plein montant en année 3',
    mt: 'Patientèle médecin traitant par ETP médecin',
    fileActive: 'File active par ETP médecin',
    taux: 'Objectif d’augmentation',
    id: 'Tranche',
    parEtpMedecin: 'ETP d’assistant par ETP médecin',
    parCentre: 'ETP d’assistant par centre',
    parCentreZoneSousDense: 'ETP d’assistant par centre en zone sous-dense',
  } as Readonly<Record<string, string>>,
  clesParParametre: {
    'centres.degressivite.annee3': {
      plein: 'Atteinte donnant le plein montant',
      palier: 'Atteinte minimale du palier',
      tauxPalier: 'Taux versé au palier',
    },
  } as Readonly<Record<string, Readonly<Record<string, string>>>>,
  hypotheses: [
    {
      question:
        'Année 3 d’un médecin libéral sous 75 % d’atteinte\u00a0: « une dégressivité est appliquée », sans plus de précision.',
      choix:
        'Le montant est proportionnel à l’atteinte (prorata). Le palier des centres de santé est disponible comme variante.',
    },
    {
      question:
        'Comment se combinent la patientèle médecin traitant et la file active pour les médecins qui ont les deux indicateurs.',
      choix: 'L’indicateur le plus favorable est retenu, comme dans les exemples des centres.',
    },
    {
      question:
        'Formule et coefficients des objectifs depuis 2023\u202f; cases de la grille de l’avenant 7 introuvables.',
      choix:
        'Le simulateur n’invente aucune grille\u00a0: il demande l’objectif fixé par la CPAM et, sans lui, montre les montants selon le taux d’atteinte.',
    },
    {
      question:
        'Seuils de file active par spécialité (P30 à P95) et liste complète des spécialités de l’avenant 7.',
      choix:
        'Vous indiquez la bande communiquée par la CPAM\u202f; une spécialité absente des listes connues donne « à confirmer par la CPAM ».',
    },
    {
      question: 'Montants des options à 1,5 et 2 ETP (second assistant).',
      choix:
        'Le simulateur donne la réponse sur l’éligibilité et indique que le montant est fixé par la CPAM, sans chiffre inventé.',
    },
    {
      question:
        'Règles des centres de santé après l’avenant 5 (2024) et l’accord de 2025, au-delà des plafonds.',
      choix:
        'Les montants de 2020 restent appliqués\u202f; les plafonds de l’accord de 2025 valent pour les contrats signés depuis son entrée en vigueur.',
    },
  ],
  strategies: {
    titre: 'Choix retenu par défaut',
    alternatives: 'Autres possibilités',
    textes: TEXTES_STRATEGIES,
  },
  sourcesListe: {
    lien: (titre: string) => `Consulter\u00a0: ${titre}`,
    sansLien: 'document non publié en ligne (copie conservée par le projet)',
    date: (d: string) => `Date\u00a0: ${d}`,
  },
};
