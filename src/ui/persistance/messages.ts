/** Wording of the saved simulations (case files): notices, errors naming the field, labels. */
export const frDossiers = {
  champs: {
    format: 'format',
    version: 'version',
    nom: 'nom',
    enregistreLe: 'date d’enregistrement',
    versionRegles: 'version des règles',
    reponses: 'réponses',
    resultat: 'résultat',
    'resultat.total': 'total',
    'resultat.montants': 'montants par année',
  } as Readonly<Record<string, string>>,
  erreurs: {
    json: 'Ce fichier n’est pas un dossier de simulation lisible (JSON invalide).',
    format:
      'Ce fichier n’est pas un dossier du simulateur de l’aide à l’emploi d’un assistant médical.',
    version: (v: string) =>
      `Version de dossier non prise en charge (reçu\u00a0: ${v})\u00a0: ce simulateur lit la version 1.`,
    champ: (champ: string, detail: string) => `Champ « ${champ} »\u00a0: ${detail}.`,
    manquant: 'absent',
    type: (attendu: string) => `doit être ${attendu}`,
    vide: 'ne doit pas être vide',
    tropLong: (max: number) => `ne doit pas dépasser ${max} caractères`,
    tropDElements: (max: number) => `ne doit pas compter plus de ${max} éléments`,
    invalide: 'valeur non valide',
    inconnu: 'champ inconnu de ce format',
    montant: 'doit être un nombre (ou null si le montant n’a pas pu être calculé)',
    date: 'doit être une date et heure ISO (par exemple 2026-11-23T10:00:00.000Z)',
    taille: 'Ce fichier est trop volumineux pour être un dossier de simulation.',
  },
  types: {
    string: 'un texte',
    number: 'un nombre',
    object: 'un objet',
    array: 'une liste',
  } as Readonly<Record<string, string>>,
  notices: {
    illisible:
      'Les simulations enregistrées dans ce navigateur étaient illisibles\u00a0: elles ont été écartées.',
    ecartee: (n: number, raison: string) =>
      `Simulation enregistrée n° ${n} écartée\u00a0: ${raison}`,
    reponsesEcartees: (nom: string, cles: readonly string[]) =>
      `« ${nom} »\u00a0: réponses non valides écartées (${cles.join(', ')}).`,
    indisponible:
      'L’enregistrement local n’est pas disponible dans ce navigateur (stockage désactivé ou navigation privée).',
    quota:
      'Le navigateur n’a plus de place pour enregistrer cette simulation\u00a0: supprimez d’anciennes simulations puis réessayez.',
    ecriture: 'La simulation n’a pas pu être enregistrée dans ce navigateur.',
    enregistree: (nom: string) => `Simulation « ${nom} » enregistrée dans ce navigateur.`,
    miseAJour: (nom: string) =>
      `Simulation « ${nom} » mise à jour dans ce navigateur (mêmes réponses, date et montants actualisés).`,
    importee: (nom: string) => `Dossier « ${nom} » importé.`,
    supprimee: (nom: string) => `Simulation « ${nom} » supprimée.`,
    recalculee: (nom: string) => `Simulation « ${nom} » recalculée avec les règles actuelles.`,
  },
  enregistrer: {
    titre: 'Enregistrer cette simulation',
    nom: 'Nom de la simulation',
    aide: (parDefaut: string) =>
      `Enregistrée seulement dans ce navigateur (vos réponses et les montants calculés). Sans nom, elle s’appellera « ${parDefaut} ».`,
    bouton: 'Enregistrer cette simulation',
    nomParDefaut: (date: string) => `Simulation du ${date}`,
    conflit: (nom: string) =>
      `Une autre simulation s’appelle déjà « ${nom} » dans ce navigateur. Que voulez-vous faire\u202f?`,
    remplacer: (nom: string) => `Remplacer « ${nom} »`,
    copie: 'Enregistrer une copie',
    annuler: 'Annuler',
  },
};
