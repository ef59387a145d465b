/** Wording of the printed summary of a simulation (part of the results catalogue). */
export const frImpression = {
  titre: 'Résumé de la simulation',
  date: (d: string) => `Simulation faite le ${d}`,
  version: (v: string, verifie: string) =>
    `Règles du simulateur\u00a0: version ${v}, paramètres vérifiés le ${verifie}`,
  lien: 'Lien de la simulation\u00a0:',
  reponses: 'Vos réponses',
  hypotheses: 'Hypothèses de cette simulation',
  atteinte: 'Atteinte de l’objectif retenue, année par année',
  anneeAtteinte: (k: number, texte: string) => `Année ${k}\u00a0: ${texte}`,
  integral: 'versement intégral, sans condition d’atteinte',
  nonCalcule: 'non calculée',
  taux: (taux: string, origine: string) => `${taux} de l’objectif (${origine})`,
  origineAtteinte: {
    saisie: 'votre hypothèse',
    defaut: 'supposée, valeur par défaut',
    realise: 'd’après les patients gagnés que vous avez indiqués',
  },
  bande: (texte: string) => `Bande de percentile\u00a0: ${texte}`,
  origineBande: {
    saisie: 'telle que vous l’avez indiquée (position communiquée par la CPAM)',
    effectifs: 'estimée d’après les effectifs que vous avez saisis\u00a0; seule la CPAM la fixe',
    inconnue: 'non connue\u00a0; votre CPAM l’indique dans sa proposition de contrat',
  } as Readonly<Record<string, string>>,
  bandes: {
    '<P30': 'sous P30',
    'P30-P50': 'P30 à P50',
    'P50-P70': 'P50 à P70',
    'P70-P90': 'P70 à P90',
    'P50-P90': 'P50 à P90',
    'P90-P95': 'P90 à P95',
    '>=P95': 'P95 et plus',
  } as Readonly<Record<string, string>>,
  regles: (libelle: string) => `Règles appliquées\u00a0: ${libelle}`,
};
