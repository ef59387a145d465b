/**
 * French messages of the file reader, shared by the command line and lot.html. Each says what was
 * expected; the caller puts the file's name in front (`situations.csv : …`, `« situations.csv » : …`).
 */

/** What a readable CSV file looks like, ending the messages about an unreadable one. */
const ATTENDU =
  'attendu : un fichier texte CSV (UTF-8 de préférence ; UTF-16 et Windows-1252 sont aussi lus), une première ligne d’en-tête avec les noms des champs (ex. structure;dateSignature;specialite), séparés par « , » ou « ; »';

export const MESSAGES_FICHIERS = {
  attendu: ATTENDU,
  classeur: `c’est un classeur (Excel, LibreOffice), pas un fichier CSV : l’enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) » ; ${ATTENDU}`,
  binaire: `fichier binaire, illisible comme du texte ; ${ATTENDU}`,
  excelIllisible:
    'fichier Excel illisible (archive endommagée, ou pas un classeur .xlsx) : attendu un classeur .xlsx (Excel, LibreOffice) dont la première feuille a une ligne d’en-tête avec les noms des champs ; les anciens .xls et les .ods sont à enregistrer au format .xlsx ou CSV',
  enteteExcelInconnu: (debut: string) =>
    `en-tête non reconnu dans la première feuille du classeur, aucune colonne n’est un champ connu (première ligne : « ${debut} ») ; attendu : les noms des champs (ex. structure, dateSignature, specialite) ou leurs libellés français (Structure, Date de signature, Spécialité)`,
  vide: 'fichier vide, aucune situation à simuler',
  malForme: (ligne: number, colonne: number, raison: string) =>
    `CSV mal formé, ligne ${ligne}, colonne ${colonne} : ${raison}`,
  raisons: {
    'guillemet-non-ferme': 'guillemet ouvert jamais refermé',
    'apres-guillemet': 'caractère inattendu après un guillemet fermant',
    'guillemet-dans-cellule':
      'guillemet inattendu au milieu d’une cellule (entourer la cellule de guillemets et doubler ceux qu’elle contient)',
  },
  largeur: (ligne: number, recu: number, attendu: number) =>
    `CSV mal formé, ligne ${ligne} : ${MESSAGES_FICHIERS.cellules(recu, attendu)}`,
  cellules: (recu: number, attendu: number) =>
    `${recu} cellules alors que l’en-tête compte ${attendu} colonnes`,
  enteteInconnu: (debut: string, encodage: string) =>
    `en-tête CSV non reconnu, aucune colonne n’est un champ connu (première ligne lue${encodage === 'UTF-8' ? '' : ` en ${encodage}`} : « ${debut} ») ; ${ATTENDU}`,
  colonneEnDouble: (colonne: string, premiere: number, seconde: number) =>
    `en-tête CSV, la colonne « ${colonne} » apparaît deux fois (colonnes ${premiere} et ${seconde})`,
  memeChamp: (a: string, b: string, champ: string, premiere: number, seconde: number) =>
    `en-tête, les colonnes « ${a} » (colonne ${premiere}) et « ${b} » (colonne ${seconde}) désignent le même champ « ${champ} » : n’en garder qu’une`,
  indiceTropGrand: (numero: number, colonne: string, max: number) =>
    `en-tête CSV, colonne ${numero} « ${colonne} » : indice trop grand (${max} au plus)`,
  nomInterdit: (numero: number, colonne: string, segment: string) =>
    `en-tête CSV, colonne ${numero} « ${colonne} » : nom de champ refusé (« ${segment} » n’est pas un champ de la situation)`,
};
