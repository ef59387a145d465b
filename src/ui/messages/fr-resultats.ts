/**
 * Wording of the results screen: the base catalogue plus what only the results use. Loaded with
 * the results chunk, so it does not weigh on the wizard's first load.
 */
import {
  LIBELLES_OPTIONS,
  type Confiance,
  type NatureRaison,
  type Statut,
} from '../../engine/simulation.ts';
import { fr as base } from './fr.ts';
import { frCollectifResultats as collectif } from './fr-collectif-resultats.ts';
import { frImpression } from './fr-impression.ts';

export const fr = {
  ...base,
  /** Links from the results to the annex pages that need the simulation. */
  liensAnnexes: { cout: 'Coût net de l’assistant' },
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
    regime: (libelle: string) => `Règles appliquées\u00a0: ${libelle}.`,
    aucunRegime: 'Aucun dispositif n’existait à cette date de signature.',
    manquants: 'Réponses à compléter\u00a0:',
    completer: (libelle: string) => `Compléter\u00a0: ${libelle}`,
  },
  regimes: {
    'avenant7-2019': 'avenant 7 à la convention médicale (2019)',
    'reglement-arbitral-2023': 'règlement arbitral (2023)',
    'convention-2024': 'convention médicale 2024-2029',
    'ancs-avenant3-2020': 'accord national des centres de santé, avenant 3 (2020)',
    ...collectif.regimes,
  } as Readonly<Record<string, string>>,
  regimesCourts: {
    'avenant7-2019': 'Avenant 7 (2019)',
    'reglement-arbitral-2023': 'Règlement arbitral 2023',
    'convention-2024': 'Convention 2024',
    'ancs-avenant3-2020': 'Accord des centres 2020',
    ...collectif.regimesCourts,
  } as Readonly<Record<string, string>>,
  variantes: {
    titre: 'Ce qui changerait le résultat',
    eligible: (si: string) => `${si}, vous seriez éligible.`,
    aConfirmer: (si: string) =>
      `${si}, l’aide serait possible, sous réserve de confirmation par la CPAM.`,
    appliquer: 'Simuler ce cas',
    appliquerCas: (si: string) =>
      `Simuler ce cas\u00a0: ${si.charAt(0).toLowerCase()}${si.slice(1)}`,
    aucune: 'Aucun changement simple de vos réponses ne rendrait l’aide possible.',
    /** An aid already possible, pending the CPAM: no answer would lift the reservation. */
    aucuneAConfirmer:
      'Aucun changement simple de vos réponses ne lèverait la réserve : c’est votre CPAM qui confirmera les points signalés.',
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
  optionsCourtes: LIBELLES_OPTIONS as Readonly<Record<string, string>>,
  plan: {
    titre: 'Plan de versement',
    caption: (n: number) => `Versements prévisionnels par année de contrat, sur ${n} ans`,
    colonnes: ['Année', 'Montant', 'Taux de versement', 'Plafond', 'Début', 'Règles appliquées'],
    annee: (k: number) => `Année ${k}`,
    duree: (n: number) => (n === 1 ? '1 an' : `${n} ans`),
    total: 'Total',
    nonCalcule: 'fixé par la CPAM',
    inconnu: 'non calculable',
    graphiqueTitre: 'Montants versés par année de contrat',
    graphiqueDesc: (items: readonly string[]) => `Diagramme en barres. ${items.join(' ; ')}.`,
    projection:
      'Au-delà de 5 ans, le contrat doit être renouvelé\u00a0: la projection suppose les mêmes règles.',
  },
  objectif: {
    titre: 'Votre objectif de patientèle',
    titreCentre: 'Objectif de patientèle du centre',
    titreCollectif: collectif.objectif.titre,
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
      collectif: collectif.objectif.origine,
    } as Readonly<Record<string, string>>,
    saisie:
      'Vous connaissez l’objectif inscrit au contrat\u202f? Saisissez-le\u00a0: il remplace l’objectif indicatif.',
  },
  atteinte: {
    titre: 'Et si l’objectif n’était pas atteint\u202f?',
    intro:
      'Les deux premières années sont versées en entier. Ensuite, le versement dépend de l’atteinte de l’objectif\u00a0: faites varier les valeurs, le plan se met à jour.',
    mode: 'Saisir l’atteinte de l’objectif en',
    modes: { taux: 'pourcentage de l’objectif', realise: 'patients gagnés (réalisé)' } as Readonly<
      Record<string, string>
    >,
    taux: base.items.atteinte,
    realiseMt: base.items.realiseMt,
    realiseFa: base.items.realiseFa,
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
    resume: 'Comment est calculé ce montant\u202f?',
    resumeObjectif: 'Comment est calculé cet objectif\u202f?',
    sources: 'Sources',
    depuis: (date: string) => `en vigueur depuis le ${date}`,
    verifie: (date: string) => `vérifié le ${date}`,
    saisie: 'votre réponse',
    defaut: 'valeur par défaut (non renseignée)',
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
      plafondEntier: 'arrondi à l’entier supérieur de',
      plafonnement: 'ramené entre 0 et 100 %\u00a0:',
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
  impression: frImpression,
};
