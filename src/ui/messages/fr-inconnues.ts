/**
 * Wording of the answers not given (issue 10): "Je ne sais pas", the verdict that waits for an
 * answer, and the plans by percentile band. Apart from fr.ts so that two helpers do not edit it.
 */

export const frInconnues = {
  jeNeSaisPas: 'Je ne sais pas',
  aides: {
    'patientele.fileActive':
      'Pour un spécialiste, c’est la file active qui situe votre patientèle (bande de percentile) et sur laquelle porte votre objectif. Vous pouvez laisser ce champ vide.',
  } as Readonly<Record<string, string>>,
  verdict: {
    titre: (n: number) =>
      n === 1
        ? 'Il manque une information pour conclure'
        : 'Il manque des informations pour conclure',
    phrase: (n: number) =>
      n === 1
        ? 'Votre réponse à cette question change le résultat. Une question sans réponse n’est jamais comptée comme un «\u00a0non\u00a0»\u00a0: répondez-y pour obtenir le résultat.'
        : 'Vos réponses à ces questions changent le résultat. Une question sans réponse n’est jamais comptée comme un «\u00a0non\u00a0»\u00a0: répondez-y pour obtenir le résultat.',
    questions: 'Questions à répondre\u00a0:',
    repondre: (libelle: string) => `Répondre\u00a0: ${libelle}`,
    siOui: 'Si oui\u00a0:',
    siNon: 'Si non\u00a0:',
    issue: (titre: string, premiere: string, total: string, annees: number) =>
      `${titre} — ${premiere} la première année, ${total} sur ${annees} ans.`,
    issueSansMontant: (titre: string) => `${titre}.`,
    fourchette: (min: string, max: string, annees: number) =>
      `Selon vos réponses, l’aide irait de ${min} à ${max} sur ${annees} ans.`,
    cpam: 'Si vous ne connaissez pas la réponse, votre CPAM peut vous renseigner.',
    autres: 'Autres réponses à compléter\u00a0:',
  },
  bandes: {
    titre: 'Montants selon votre bande de percentile',
    intro:
      'Votre bande de percentile (la position de votre patientèle parmi les médecins de votre spécialité) change les montants. C’est votre CPAM qui l’indique\u00a0: relevé de patientèle, proposition de contrat ou espace pro amelipro. Voici le plan de chaque cas\u00a0; indiquez votre bande pour n’en garder qu’un.',
    sousP30:
      'Sous le 30e percentile (P30), l’aide n’est pas accordée, sauf exemption (par exemple si vous êtes nouvellement installé)\u00a0: ce cas n’est pas présenté.',
    indiquer: 'Indiquer ma bande de percentile',
    caption: (n: number) => `Versements prévisionnels selon la bande de percentile, sur ${n} ans`,
    annee: 'Année',
    /** A group of consecutive bands, by its lower and upper percentile. */
    groupe: (bas: string, haut: string | null) =>
      haut === null ? `Bande ${bas} et plus` : `Bande ${bas} à ${haut}`,
    statut: 'Verdict',
  },
};
