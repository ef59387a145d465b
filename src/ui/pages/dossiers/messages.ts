/** Wording of the saved simulations page (loaded by that page only). */
export const frPageDossiers = {
  titre: 'Mes simulations enregistrées',
  intro:
    'Ces simulations sont enregistrées uniquement dans ce navigateur (stockage local)\u00a0: elles ne sont envoyées nulle part. Chacune garde son nom, sa date d’enregistrement, la version des règles, vos réponses et les montants calculés.',
  navigation: {
    libelle: 'Pages du simulateur',
    simulateur: 'Revenir au simulateur',
    sources: 'Règles et sources',
  },
  liste: {
    titre: 'Simulations enregistrées',
    vide: 'Aucune simulation enregistrée dans ce navigateur. Faites une simulation, puis utilisez « Enregistrer cette simulation » sur la page des résultats.',
    nouvelle: 'Faire une simulation',
    enregistreeLe: (d: string) => `Enregistrée le ${d}`,
    regles: (v: string) => `Règles\u00a0: version ${v}`,
    total: (t: string) => `Total\u00a0: ${t}`,
    totalInconnu: 'Total\u00a0: non calculé',
    ouvrir: 'Ouvrir',
    exporter: 'Exporter',
    exporterDetail: (nom: string) => `« ${nom} » (fichier JSON)`,
    supprimer: 'Supprimer',
    detail: (nom: string) => `« ${nom} »`,
    confirmer: (nom: string) =>
      `Supprimer définitivement « ${nom} » de ce navigateur\u202f? Elle ne pourra pas être récupérée (sauf si vous l’avez exportée).`,
    oui: (nom: string) => `Oui, supprimer « ${nom} »`,
    annuler: 'Annuler',
  },
  ecart: {
    regles: (ancienne: string, actuelle: string) =>
      `Cette simulation a été calculée avec les règles ${ancienne}\u202f; les règles actuelles sont ${actuelle}.`,
    montants: 'Avec les règles actuelles, les montants ne sont plus les mêmes.',
    identiques: 'Avec les règles actuelles, les montants restent les mêmes.',
    tableau: (nom: string) => `Montants de « ${nom} »\u00a0: enregistrés et recalculés`,
    colonnes: ['Année', 'Enregistré', 'Règles actuelles', 'Écart'],
    annee: (n: number) => `Année ${n}`,
    total: 'Total',
    recalculer: 'Recalculer avec les règles actuelles',
    nonCalcule: 'non calculé',
  },
  import: {
    titre: 'Importer un dossier',
    aide: 'Un fichier JSON exporté par ce simulateur (bouton « Exporter »).',
    champ: 'Fichier de simulation (JSON)',
    erreur: (raison: string) => `Import impossible\u00a0: ${raison}`,
    lecture: 'Le fichier n’a pas pu être lu.',
  },
};
