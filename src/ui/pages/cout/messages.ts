/** Wording of the net cost page (cout.html). */
import { dateLongue, nombre } from '../../format.ts';

export const frCout = {
  titre: 'Coût net de l’assistant médical',
  intro:
    'Ce que coûte l’assistant à l’employeur chaque année du contrat, l’aide de l’Assurance Maladie et ce qui reste à votre charge. Les cotisations patronales viennent du modèle social français de mon-entreprise.urssaf.fr, réduction générale comprise\u202f; le salaire par défaut est sourcé. Vous pouvez remplacer chaque valeur par la vôtre.',
  navigation: {
    libelle: 'Pages du simulateur',
    retour: 'Revenir à la simulation',
    simulateur: 'Faire une simulation',
    calendrier: 'Calendrier des versements',
    sources: 'Règles et sources',
  },
  sansSimulation: {
    titre: 'Aucune simulation en cours',
    texte:
      'Le coût net se calcule à partir d’une simulation\u00a0: faites-la d’abord, puis ouvrez cette page depuis les résultats (lien « Coût net de l’assistant »).',
  },
  contrat: (date: string, regime: string, option: string | null) =>
    `Contrat signé le ${date} (${regime})${option ? `, ${option}` : ''}.`,
  sansCout: {
    'sans-regime':
      'Aucun contrat d’aide n’était ouvert à cette date de signature\u00a0: pas de coût net à calculer.',
    ineligible:
      'D’après la simulation, l’aide ne peut pas être accordée\u00a0: le coût de l’assistant resterait entièrement à votre charge.',
    'sans-option': 'Choisissez le temps de travail de l’assistant dans la simulation.',
    'sans-annee': 'La simulation ne donne aucune année de contrat.',
    'sans-modele': 'Le modèle social n’est pas encore chargé.',
  } as Readonly<Record<string, string>>,
  saisie: {
    titre: 'Vos hypothèses',
    salaire: 'Salaire brut mensuel à temps plein (35 heures)',
    salaireAide: (defaut: string) =>
      `Laissez vide pour la valeur par défaut de chaque année\u00a0: ${defaut}. Pour un temps partiel, indiquez le salaire d’un temps plein\u00a0: la durée ci-dessous fait le prorata.`,
    heures: 'Durée hebdomadaire de travail de l’assistant (heures)',
    heuresAide: (heures: number) =>
      `Laissez vide pour la durée de l’option choisie\u00a0: ${nombre(heures)} heures par semaine. Total de tous les assistants si l’option en compte deux.`,
    charges: 'Taux de charges patronales (% du salaire brut)',
    chargesAide:
      'Laissez vide pour calculer les cotisations avec le modèle social (recommandé). Un taux saisi le remplace\u00a0: ni cotisations détaillées ni réduction générale.',
    centre:
      'Centre de santé\u00a0: le salaire par défaut vient de la convention collective du personnel des cabinets médicaux\u202f; celle qui s’applique à votre centre peut être différente. Indiquez plutôt le salaire prévu. Les heures suivent les ETP d’assistants de chaque année de la simulation.',
    euro: '€',
    pourcent: '%',
  },
  erreurs: {
    salaire:
      'Salaire brut mensuel\u00a0: indiquez un montant en euros supérieur à 0 et d’au plus 100 000 (par exemple 1 900 ou 1 900,50).',
    heures:
      'Durée hebdomadaire\u00a0: indiquez un nombre d’heures supérieur à 0 et d’au plus 70 (par exemple 35 ou 17,5).',
    charges:
      'Taux de charges patronales\u00a0: indiquez un pourcentage entre 0 et 100 (par exemple 30).',
    resume: (n: number) =>
      n === 1
        ? 'Une valeur saisie n’est pas valide\u00a0: la valeur par défaut est utilisée à sa place.'
        : `${n} valeurs saisies ne sont pas valides\u00a0: les valeurs par défaut sont utilisées à leur place.`,
  } as const,
  modele: {
    chargement: 'Chargement du modèle social…',
    calcul: 'Calcul des cotisations…',
    panne:
      'Le modèle social n’a pas pu être chargé\u00a0: rechargez la page, ou saisissez un taux de charges patronales.',
  },
  sousSmic: (salaire: string, annees: readonly string[]) =>
    `Salaire brut mensuel à temps plein\u00a0: ${salaire} est inférieur au SMIC (${annees.join('\u202f; ')}). Un salaire ne peut pas être inférieur au SMIC\u202f; le coût est calculé tel quel.`,
  smicAnnee: (annee: number, smic: string, debut: string) =>
    `année ${annee}\u00a0: ${smic} par mois au ${debut}`,
  sousTemps: (heures: number, option: number) =>
    `Attention\u00a0: ${nombre(heures)} heures par semaine, c’est moins que les ${nombre(option)} heures de l’option choisie. L’aide suppose que l’assistant travaille au moins le temps de l’option.`,
  tableau: {
    titre: 'Coût net par année de contrat',
    detail: (annee: number) => `Détail des cotisations patronales, année ${annee}`,
    ligne: 'Cotisation',
    montantAnnuel: 'Montant annuel',
    codes: {
      maladie: 'Maladie, maternité, invalidité, décès',
      'complementaire-sante': 'Complémentaire santé (montant par défaut du modèle)',
      'accidents-du-travail': 'Accidents du travail et maladies professionnelles',
      'vieillesse-plafonnee': 'Vieillesse plafonnée',
      'vieillesse-deplafonnee': 'Vieillesse déplafonnée',
      'retraite-complementaire': 'Retraite complémentaire (Agirc-Arrco, CEG, CET)',
      'allocations-familiales': 'Allocations familiales',
      chomage: 'Assurance chômage',
      apec: 'Apec',
      'autres-contributions':
        'Autres contributions (Fnal, formation, taxe d’apprentissage, dialogue social…)',
      prevoyance: 'Prévoyance',
      'reduction-generale': 'Réduction générale dégressive unique',
      'autres-exonerations': 'Autres exonérations',
    } as Readonly<Record<string, string>>,
    totalCotisations: 'Total des cotisations',
    totalReductions: 'Total des réductions',
    legende: 'Coût employeur, aide et reste à charge, par année de contrat',
    colonnes: {
      annee: 'Année de contrat',
      temps: 'Temps de travail',
      salaire: 'Salaire brut annuel',
      cotisations: 'Cotisations patronales',
      reductions: 'Réductions',
      cout: 'Coût employeur',
      aide: 'Aide de l’Assurance Maladie',
      reste: 'Reste à votre charge',
    },
    annee: (n: number) => `Année ${n}`,
    debut: (debut: string) => ` dès le ${dateLongue(debut)}`,
    heures: (heures: number) => `${nombre(heures)} h par semaine`,
    etp: (etp: number) => ` soit ${nombre(etp)} ETP`,
    total: 'Total',
    aucuneReduction: 'aucune',
    chargesNettes: (montant: string) => ` dues\u00a0: ${montant}`,
    inconnu: 'non calculé',
    excedent: ' l’aide dépasse le coût',
    parMois: (montant: string) => ` soit ${montant} par mois en moyenne`,
  },
  origine: {
    titre: 'D’où viennent ces valeurs',
    saisie: (montant: string) => `Salaire saisi\u00a0: ${montant} par mois à temps plein.`,
    conventionnel: (annees: string, montant: string) =>
      `${annees}\u00a0: minimum de la convention collective du personnel des cabinets médicaux pour un assistant médical (niveau 5, le plus bas de la fourchette 5 à 9), ${montant} par mois, supérieur au SMIC.`,
    smic: (annees: string, montant: string, conventionnel: string | null) =>
      conventionnel === null
        ? `${annees}\u00a0: SMIC, ${montant} par mois (le minimum conventionnel de cette période n’est pas repris ici faute de source citable\u202f; il lui est au moins égal).`
        : `${annees}\u00a0: SMIC, ${montant} par mois, supérieur au minimum conventionnel du niveau 5 (${conventionnel})\u00a0: un salaire ne peut pas être inférieur au SMIC.`,
    annees: (liste: readonly number[]) =>
      liste.length === 1 ? `Année ${liste[0]}` : `Années ${liste.join(', ')}`,
    modele: (version: string, annee: number) =>
      `Cotisations patronales et réductions\u00a0: modèle social français de mon-entreprise.urssaf.fr (modele-social ${version}, publicodes), législation ${annee}\u00a0: CDI, non-cadre, cabinet de moins de 11 salariés, temps partiel sous 35 heures, réduction générale comprise, évalués au premier jour de chaque année de contrat. Au-delà de 35 heures par semaine, un assistant à temps plein par tranche de 35 heures.`,
    avant: (annees: string, annee: number) =>
      `${annees}\u00a0: avant ${annee}, le modèle ne connaît pas les réductions et taux de l’époque\u202f; ces années sont estimées avec les règles de ${annee} (SMIC et plafond de la sécurité sociale de leur date).`,
    apres: (annees: string, annee: number) =>
      `${annees}\u00a0: les règles de ${annee}, les dernières que connaît le modèle, sont prolongées.`,
    horsModele:
      'Non comptés\u00a0: la prévoyance et la mutuelle propres à la convention collective (le modèle prend sa complémentaire santé par défaut), la taxe sur les salaires (due par la plupart des médecins, non assujettis à la TVA, selon l’ensemble des salaires du cabinet\u00a0: franchise de 1 200 € par an).',
    chargesSaisies: (taux: string) =>
      `Charges patronales saisies\u00a0: ${taux} du brut, à la place du modèle social (ni cotisations détaillées ni réduction générale).`,
    lienSources: 'Voir l’historique de ces valeurs et leurs sources',
    derniereValeur:
      'Les montants au-delà de la dernière valeur connue (SMIC au 1er juin 2026, grille conventionnelle au 1er janvier 2024) sont prolongés tels quels\u00a0: les revalorisations futures ne sont pas simulées.',
  },
  horsChamp:
    'Le nombre de patients supplémentaires qui rendrait l’embauche rentable n’est pas calculé\u00a0: aucune source ne donne le revenu d’une consultation supplémentaire pour votre situation.',
};
