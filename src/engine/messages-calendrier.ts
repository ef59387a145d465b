/**
 * The engine's French catalogue for the payment calendar and the collective side by side: the
 * rules return codes and figures (a computed instalment's note, the assumptions a calendar or a
 * comparison rests on), worded here only. The instalments read from parameters keep their own
 * note, part of the dated parameter (parametres/calendrier.ts), like its label.
 */
const pourcent = (x: number): string => `${Math.round(x * 100)} %`;

/** Centres, portion years 3 and later (regles/calendrier/avances-centre.ts). */
export type NoteAvance =
  | { code: 'avance-pleine'; part: number; mois: number; observee: number; seuil: number }
  | { code: 'avance-reduite'; part: number; mois: number; observee: number; seuil: number }
  | { code: 'seconde-avance'; part: number; mois: number; finale: number; seuil: number }
  | { code: 'solde'; mois: number };

export function noteAvance(n: NoteAvance): string {
  switch (n.code) {
    case 'avance-pleine':
      return `Avance de ${pourcent(n.part)} dans les ${n.mois} mois suivant l’anniversaire : atteinte observée (${pourcent(n.observee)}) d’au moins ${pourcent(n.seuil)}.`;
    case 'avance-reduite':
      return `Avance réduite à ${pourcent(n.part)} dans les ${n.mois} mois suivant l’anniversaire : atteinte observée (${pourcent(n.observee)}) sous ${pourcent(n.seuil)}.`;
    case 'seconde-avance':
      return `Seconde avance de ${pourcent(n.part)}, ${n.mois} mois après la première : atteinte de l’année (${pourcent(n.finale)}) d’au moins ${pourcent(n.seuil)}.`;
    case 'solde':
      return `Solde dans les ${n.mois} mois suivant la fin de l’année, selon l’atteinte des objectifs.`;
  }
}

/** What a calendar assumes (regles/calendrier/index.ts), in the order they are listed. */
export const HYPOTHESES_CALENDRIER = {
  'recrutement-liberal':
    'Date de recrutement de l’assistant inconnue : la date de signature du contrat est retenue.',
  'recrutement-centre':
    'Date de recrutement inconnue : la date de début du recrutement au contrat (signature ou anniversaire de l’avenant) est retenue.',
  'recrutement-anterieur':
    'Assistant recruté avant la signature du contrat : l’avance est comptée à partir de la signature (le contrat n’existait pas encore au recrutement).',
  'calendrier-collectif':
    'Le calendrier de versement du contrat collectif n’est pas publié : celui des contrats individuels depuis 2023 est retenu (année 1 dans le mois qui suit la signature, année 2 à la date anniversaire, puis deux versements de 50 %).',
  montants:
    'Les parts s’appliquent au montant simulé de chaque année (objectifs compris) : les versements d’une année font exactement ce montant.',
} as const;

export type HypotheseCalendrier = keyof typeof HYPOTHESES_CALENDRIER;

/** What the side by side of a collective contract and individual ones assumes (§7 bis.3). */
export const HYPOTHESES_COMPARAISON = [
  'Chaque médecin est supposé avoir la patientèle médecin traitant moyenne du groupe (arrondie à l’entier inférieur).',
  'Les contrats individuels sont des contrats de la convention 2024 signés à la même date, avec la même atteinte des objectifs chaque année que le groupe ; sous le contrat individuel, l’année 3 est versée en entier à partir de 75 % d’atteinte.',
  'L’objectif d’un contrat individuel 2024 est fixé par la CPAM (aucune grille publique) : il n’est pas chiffré ici.',
] as const;
