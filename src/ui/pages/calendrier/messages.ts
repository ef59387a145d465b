/** Wording of the payment calendar page (calendrier.html). */
import type { NatureVersement } from '../../../engine/calendrier.ts';
import { fr } from '../../messages/fr-resultats.ts';

const pct = (part: number): string => `${Math.round(part * 100)} %`;

export const frCal = {
  titre: 'Calendrier des versements',
  titrePage: 'Calendrier des versements — simulateur de l’aide à l’emploi d’un assistant médical',
  intro:
    'Les dates auxquelles l’Assurance Maladie verse l’aide, année par année, avec les montants de la simulation.',
  navigation: {
    libelle: 'Autres pages',
    simulateur: 'Simulateur',
    retour: 'Revenir à la simulation',
  },
  contrat: (date: string, regime: string) => `Contrat signé le ${date} — ${regime}.`,
  centre:
    'Centre de santé\u00a0: versements par recrutement d’assistant (contrat initial et avenants).',
  avertissement: {
    titre: 'Calendrier indicatif',
    texte:
      'Les dates sont des échéances « au plus tard ». Seules certaines modalités sont écrites dans un texte de l’Assurance Maladie\u202f; les autres viennent d’une source non officielle ou d’un choix du simulateur (interprétation)\u00a0: ces versements sont marqués « indicatif ». Seul votre contrat avec la CPAM fait foi.',
    hypotheses: 'Hypothèses retenues\u00a0:',
  },
  recrutement: {
    label: 'Date de recrutement de l’assistant (facultatif)',
    aide: 'Elle fixe la date de la première avance. Sans elle, la date de signature est retenue.',
    sansEffet:
      'La date de recrutement de l’assistant ne change rien à ce calendrier\u00a0: pour un contrat signé depuis le règlement arbitral de 2023, l’année 1 est versée en une fois dans le mois qui suit la signature, quelle que soit la date de recrutement.',
    incomplete:
      'Date de recrutement incomplète\u00a0: indiquez le jour, le mois et l’année. En attendant, la date de signature est retenue.',
    invalide:
      'Date de recrutement invalide\u00a0: indiquez une date réelle entre 1900 et 2199. En attendant, la date de signature est retenue.',
    lienIgnore: (valeur: string) =>
      `Date de recrutement\u00a0: la valeur « ${valeur} » du lien n’est pas une date valide (AAAA-MM-JJ)\u202f; elle a été ignorée. Le reste du calendrier est repris.`,
  },
  formulaire: {
    titre: 'Votre contrat',
    intro:
      'Sans simulation en cours, indiquez la date de signature et le temps de travail de l’assistant. Hypothèses\u00a0: médecin généraliste en secteur 1, patientèle entre P30 et P50, objectifs atteints. Pour une situation précise ou un centre de santé, passez par le simulateur.',
    date: 'Date de signature du contrat avec la CPAM',
    option: 'Temps de travail de l’assistant',
    options: {
      tiers: 'Un tiers de temps (⅓ ETP)',
      demi: 'Mi-temps (½ ETP)',
      plein: 'Temps plein (1 ETP)',
    } as Readonly<Record<string, string>>,
    valider: 'Afficher le calendrier',
    dateInvalide: 'Indiquez une date de signature valide (jour, mois, année).',
  },
  aucunVersement: {
    ineligible:
      'Aucun versement\u00a0: d’après ces réponses, l’aide ne peut pas être accordée. Consultez le détail dans le simulateur.',
    sansRegime: 'Aucun versement\u00a0: aucun dispositif n’existait à cette date de signature.',
    incomplet: 'Aucun montant n’est calculable\u00a0: complétez la simulation.',
  },
  sansMontant: (annees: readonly number[]) =>
    `Montant non calculable pour ${annees.length > 1 ? 'les années' : 'l’année'} ${annees.join(', ')}\u00a0: pas de versement affiché.`,
  parContrat: {
    caption: 'Versements par année de contrat',
    colonnes: ['Date', 'Versement', 'Montant', 'Remarque'],
    colonneRecrutement: 'Recrutement',
    annee: (k: number, debut: string, montant: string) =>
      `Année ${k} — à partir du ${debut} — ${montant}`,
    revalorise: (regime: string) => ` (montant ${regime})`,
    recrutement: (portion: number, annee: number) => `Recrutement ${portion}, année ${annee}`,
    indicatif: 'Indicatif.',
  },
  nature: (nature: NatureVersement, part: number): string =>
    nature === 'versement'
      ? part === 1
        ? 'Versement intégral'
        : `Versement de ${pct(part)}`
      : nature === 'avance'
        ? `Avance de ${pct(part)}`
        : `Solde de ${pct(part)}`,
  parCivile: {
    caption: 'Versements par année civile',
    colonnes: ['Année civile', 'Nombre de versements', 'Montant versé'],
    total: 'Total',
    partielle: 'partielle',
    notePartielle: (annees: readonly number[], derniere: number) =>
      `${annees.length > 1 ? 'Les années civiles' : 'L’année civile'} ${annees.join(', ')} ${annees.length > 1 ? 'sont partielles' : 'est partielle'}\u00a0: la projection s’arrête à la fin de l’année ${derniere} du contrat, les versements de l’année suivante n’y sont pas comptés.`,
  },
  telecharger: {
    titre: 'Emporter le calendrier',
    csv: 'Télécharger le calendrier (CSV)',
    ics: 'Ajouter à mon agenda (fichier .ics)',
    aide: 'Le fichier .ics s’ouvre dans la plupart des agendas (Outlook, Google Agenda, Apple Calendrier). Rien n’est envoyé sur internet\u00a0: les fichiers sont créés dans votre navigateur.',
    nomFichier: (date: string, ext: string) => `calendrier-aide-assistant-medical-${date}.${ext}`,
  },
  csv: {
    entete: [
      'Année de contrat',
      'Recrutement',
      'Année du recrutement',
      'Date',
      'Versement',
      'Part (%)',
      'Montant (€)',
      'Indicatif',
      'Remarque',
    ],
    oui: 'oui',
    non: 'non',
  },
  ics: {
    resume: (nature: string, annee: number, montant: string) =>
      `Aide assistant médical\u00a0: ${nature.toLowerCase()} de l’année ${annee} (${montant})`,
    resumeRecrutement: (nature: string, annee: number, portion: number, montant: string) =>
      `Aide assistant médical\u00a0: ${nature.toLowerCase()}, recrutement ${portion}, année ${annee} (${montant})`,
    indicatif: 'Date indicative.',
    simulation: 'Simulation\u00a0: seul le contrat avec la CPAM fait foi.',
  },
  regimes: fr.regimes,
  regimesCourts: fr.regimesCourts,
  verdicts: fr.verdict.titre,
};

export const frComparaison = {
  titre: 'Comparer avec un nouveau contrat 2024',
  intro: (date: string) =>
    `Votre contrat a été signé avant la convention médicale 2024. Voici ce qu’il vous verserait, revalorisation comprise, à côté d’un nouveau contrat signé aujourd’hui (${date}) sous la convention 2024, pour le même médecin, sur les cinq mêmes années. Les versements sont comptés à leur date.`,
  hypotheses:
    'Hypothèses\u00a0: le nouveau contrat atteint ses objectifs\u202f; celui en cours garde les atteintes saisies dans la simulation. Ce comparatif ne dit pas si vous pouvez résilier votre contrat pour en signer un nouveau\u00a0: votre CPAM en décide.',
  caption: 'Versements sur cinq ans\u00a0: contrat en cours et nouveau contrat 2024',
  colonnes: ['Période', 'Contrat en cours', 'Nouveau contrat 2024', 'Écart'],
  periode: (debut: string, fin: string) => `Du ${debut} au ${fin} (exclu)`,
  total: 'Total sur cinq ans',
  bilan: (ecart: string, plus: boolean) =>
    plus
      ? `Sur cinq ans, un nouveau contrat 2024 verserait ${ecart} de plus.`
      : `Sur cinq ans, le contrat en cours verserait ${ecart} de plus.`,
  egalite: 'Sur cinq ans, les deux contrats verseraient le même montant.',
  nouveauNonEligible: (verdict: string) => `Nouveau contrat 2024\u00a0: ${verdict.toLowerCase()}.`,
  projectionCourte:
    'La simulation du contrat en cours s’arrête à sa 10e année\u00a0: les versements au-delà ne sont pas comptés.',
};
