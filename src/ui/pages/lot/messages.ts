/** Every sentence of the batch screening page (lot.html), in French. */
import { LIBELLES_OPTIONS, type Statut } from '../../../engine/simulation.ts';
import { nombre } from '../../format.ts';
import { fr } from '../../messages/fr.ts';
import { frCollectif } from '../../messages/fr-collectif.ts';
import { LIGNES_MAX, OCTETS_PAR_MO, TAILLE_MAX_MO } from './limites.ts';

/** A size in Mo, rounded up to a tenth (20 Mo and one byte reads « 20,1 Mo », never « 20 Mo »). */
const mo = (octets: number): string =>
  `${nombre(Math.ceil((octets / OCTETS_PAR_MO) * 10) / 10)} Mo`;
const lignesMax = nombre(LIGNES_MAX);

export type Verdict = Statut | 'invalide';
export type Structure = 'liberal' | 'centre' | 'collectif';

export const VERDICTS: readonly Verdict[] = [
  'eligible',
  'a-confirmer',
  'incomplet',
  'ineligible',
  'invalide',
];

export const txt = {
  titre: 'Examen d’un lot de situations',
  navigation: 'Autres pages',
  intro:
    'Déposez un fichier CSV de médecins libéraux, de centres de santé ou de groupes de médecins généralistes (contrat collectif, chiffres non officiels\u202f; mêmes colonnes que la ligne de commande)\u00a0: chaque ligne est vérifiée puis simulée dans votre navigateur. Aucune donnée n’est envoyée.',
  retour: 'Revenir au simulateur',
  exemples: {
    titre: 'Fichiers d’exemple',
    exemple: 'Exemple de lot (20 lignes, dont 3 invalides)',
    modele: 'Modèle vide à remplir (en-tête et deux lignes d’exemple)',
  },
  synthese: {
    titre: 'Synthèse pour les rendez-vous',
    aide: (n: string, total: string) =>
      `Aide totale des lignes éligibles (${n})\u00a0: ${total} sur la durée des contrats.`,
    aideAConfirmer: (n: string, total: string) =>
      `Lignes à confirmer (${n})\u00a0: ${total} si la CPAM confirme.`,
    aConfirmer: (n: string) => `À confirmer par la CPAM d’abord (${n})`,
    incomplets: (n: string) => `Informations manquantes (${n})`,
    ligne: (ligne: number, reference: string | null) =>
      reference ? `Ligne ${ligne}, ${reference}` : `Ligne ${ligne}`,
    imprimer: 'Imprimer la synthèse',
  },
  memoire: {
    titre: 'Dernier lot gardé sur cet appareil',
    texte: (nom: string, date: string) =>
      `Dernier lot examiné sur cet appareil\u00a0: « ${nom} », le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(date))}. Il n’a pas quitté votre navigateur.`,
    rouvrir: (nom: string) => `Rouvrir « ${nom} »`,
    effacer: 'Effacer le lot gardé',
  },
  reference: {
    titre: 'Colonnes et valeurs acceptées',
    intro:
      'Première ligne\u00a0: les en-têtes, au nom public ou en français (majuscules, accents et espaces indifférents). Une colonne Nom, Médecin, Identifiant ou N° dossier est votre identifiant, repris dans les résultats. Cellule vide = information absente (un oui/non absent compte « non »). Les valeurs s’écrivent en code ou avec leur libellé français.',
    caption: 'Colonnes d’un fichier de lot, valeurs acceptées et structures concernées',
    colonne: 'Colonne (nom public)',
    intitule: 'En-tête français',
    contenu: 'Contenu',
    valeurs: 'Codes acceptés (libellé)',
    pour: 'Pour',
    aucun: '—',
    modele: 'Modèle Excel (.xlsx)\u00a0: une feuille d’explications et une feuille d’exemple',
  },
  depot: {
    titre: 'Votre fichier',
    zone: 'Glissez-déposez un fichier CSV ou Excel (.xlsx) ici, ou',
    choisir: 'Choisir un fichier CSV ou Excel',
    aide: 'Séparateur « , »\u202f; listes séparées par «\u202f; » (atteinte = 1;1;0.6)\u202f; champs imbriqués au nom pointé (patientele.mtAdultes).',
    limites: `Limites\u00a0: ${lignesMax} lignes et ${TAILLE_MAX_MO} Mo par fichier.`,
    tropLourd: (nom: string, octets: number) =>
      `« ${nom} » pèse ${mo(octets)}\u00a0: la limite est de ${TAILLE_MAX_MO} Mo par fichier. Découpez-le en fichiers plus petits (au plus ${lignesMax} lignes chacun).`,
    tropDeLignes: (nom: string, lignes: number) =>
      `« ${nom} » compte ${nombre(lignes)} lignes de situations\u00a0: la limite est de ${lignesMax} lignes par fichier. Découpez-le en fichiers plus petits.`,
    pasCsv: (nom: string) =>
      `« ${nom} » n’est ni un fichier CSV ni un classeur Excel (extension .csv ou .xlsx attendue).`,
    illisible: (nom: string) => `Le fichier « ${nom} » n’a pas pu être lu.`,
  },
  progres: {
    libelle: 'Avancement du traitement',
    lecture: (nom: string) => `Lecture de « ${nom} »…`,
    pourcent: (nom: string, pourcent: number, total: number) =>
      `Traitement de « ${nom} »\u00a0: ${pourcent} % de ${nombre(total)} ${total > 1 ? 'lignes' : 'ligne'}…`,
    termine: (nom: string, total: number, invalides: number) =>
      `Traitement de « ${nom} » terminé\u00a0: ${nombre(total)} ${total > 1 ? 'lignes' : 'ligne'}, dont ${nombre(invalides)} ${invalides > 1 ? 'invalides' : 'invalide'}.`,
    annuler: 'Annuler',
    annule: (nom: string) =>
      `Traitement de « ${nom} » annulé. Vous pouvez choisir un autre fichier.`,
    echec: (message: string) => `Le traitement a échoué\u00a0: ${message}`,
  },
  resultats: {
    titre: 'Résultats',
    compteurs: 'Nombre de lignes par verdict',
    total: 'Total',
    filtres: 'Filtrer les résultats',
    verdict: 'Verdict',
    structure: 'Structure',
    tous: 'Tous',
    toutes: 'Toutes',
    recherche: 'Rechercher (raison, champ, spécialité, n° de ligne)',
    caption: (n: number, total: number, page: number, pages: number) =>
      `Résultats du lot\u00a0: ${nombre(n)} ${n > 1 ? 'lignes' : 'ligne'} sur ${nombre(total)}, page ${page} sur ${pages}`,
    aucun: 'Aucune ligne ne correspond aux filtres.',
    exporter: 'Exporter les résultats',
    formats: {
      xlsx: 'Excel (.xlsx)',
      'csv-fr': 'CSV pour Excel (;)',
      csv: 'CSV brut (,)',
    },
    exportAide:
      'L’export reprend toutes les lignes qui correspondent aux filtres, dans l’ordre du tri. Excel et « CSV pour Excel » gardent la référence et les colonnes de votre fichier à côté du verdict, des raisons, des montants et des objectifs, et se relisent ici tels quels\u202f; le CSV brut (« , », codes) sert aux outils.',
    ouvrir: 'Ouvrir dans le simulateur',
    ouvrirLigne: (ligne: number) => `(ligne ${ligne}, nouvel onglet)`,
    vide: '—',
  },
  colonnes: {
    ligne: 'Ligne',
    structure: 'Structure',
    verdict: 'Verdict',
    raisons: 'Raisons ou erreurs',
    option: 'Temps d’assistant',
    annee: (k: number) => `Année ${k}`,
    total: 'Total',
    lien: 'Simulateur',
  },
  tri: {
    croissant: 'tri croissant',
    decroissant: 'tri décroissant',
  },
  pagination: {
    nav: 'Pages de résultats',
    precedente: 'Page précédente',
    suivante: 'Page suivante',
    position: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  },
  verdicts: {
    eligible: 'Éligible',
    ineligible: 'Pas éligible',
    'a-confirmer': 'À confirmer',
    incomplet: 'Incomplet',
    invalide: 'Ligne invalide',
  } as Readonly<Record<Verdict, string>>,
  /** The simulator's own labels (« Médecin libéral », « Centre de santé », « Groupe de médecins… »). */
  structures: {
    ...fr.champs.structure?.choix,
    collectif: frCollectif.structure,
  } as Readonly<Record<Structure, string>>,
  options: LIBELLES_OPTIONS as Readonly<Record<string, string>>,
  etpCentre: (etp: string) => `${etp} ETP (centre)`,
  etpCollectif: (etp: string) => `${etp} ETP (groupe)`,
  erreursCsv: {
    vide: (nom: string) => `« ${nom} » est vide\u00a0: aucune situation à simuler.`,
    malForme: (nom: string, ligne: string, raison: string) =>
      `« ${nom} »\u00a0: CSV mal formé${ligne}\u00a0: ${raison}.`,
    cellules: (recu: number, attendu: number) =>
      `${recu} cellules alors que l’en-tête compte ${attendu} colonnes`,
    raisons: {
      CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé',
      CSV_INVALID_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
      INVALID_OPENING_QUOTE:
        'guillemet inattendu au milieu d’une cellule (entourer la cellule de guillemets et doubler ceux qu’elle contient)',
    } as Readonly<Record<string, string>>,
    illisible: 'contenu illisible',
  },
};
