/**
 * Wording of the results of a group of GPs (issue 11, RULES.md §7 bis): the regime's name, the
 * objective, and the side-by-side comparison with individual contracts (§7 bis.3). Loaded with the
 * results. Every figure of the collective contract is unofficial: said wherever one is shown.
 */
import { LIBELLES_OPTIONS } from '../../engine/simulation.ts';
import { frCollectif } from './fr-collectif.ts';

export const frCollectifResultats = {
  nonOfficiel: frCollectif.nonOfficiel,
  regimes: {
    'collectif-2026': 'contrat collectif des groupes de médecins généralistes (2026, non officiel)',
  } as Readonly<Record<string, string>>,
  regimesCourts: {
    'collectif-2026': 'Contrat collectif 2026',
  } as Readonly<Record<string, string>>,
  objectif: {
    titre: 'Objectif de patientèle du groupe',
    origine:
      'Objectif du groupe, à atteindre en 2 ans\u00a0: un nombre de patients par ETP d’assistant financé, moins les patients déjà gagnés sous les contrats individuels des médecins adhérents (chiffres non officiels\u00a0; voir le détail du calcul).',
  },
  variantes: {
    scm: 'Avec une SCM (ou une SCP, une SISA) du groupe comme signataire',
  },
  etpRetenu: (etp: string) => `Temps d’assistant financé pour le groupe\u00a0: ${etp} ETP.`,
  coteACote: {
    titre: 'Un contrat collectif ou des contrats individuels\u202f?',
    intro: (medecins: string, etpCollectif: string, etpIndividuels: string, option: string) =>
      `Pour les ${medecins} médecins du groupe\u00a0: le contrat collectif (${etpCollectif} ETP d’assistant pour le groupe) à côté de ${medecins} contrats individuels de la convention 2024 (${option} chacun, soit ${etpIndividuels} ETP).`,
    option: 'Temps d’assistant de chaque contrat individuel',
    options: {
      demi: 'Mi-temps (½ ETP) par médecin',
      plein: 'Temps plein (1 ETP) par médecin',
    } as Readonly<Record<string, string>>,
    optionsCourtes: LIBELLES_OPTIONS as Readonly<Record<string, string>>,
    caption: (n: number, medecins: string, option: string) =>
      `Contrat collectif et contrats individuels (${medecins} × ${option}), année par année, sur ${n} ans`,
    colonnes: {
      annee: 'Année',
      collectif: 'Contrat collectif',
      individuels: (medecins: string) => `Contrats individuels (somme des ${medecins})`,
      parMedecin: 'Contrat individuel, par médecin',
      ecart: 'Écart (collectif moins individuels)',
    },
    annee: (k: number) => `Année ${k}`,
    total: 'Total',
    inconnu: 'non calculable',
    bilan: (n: number, collectif: string, individuels: string) =>
      `Sur ${n} ans\u00a0: ${collectif} avec le contrat collectif, ${individuels} avec les contrats individuels.`,
    plusCollectif: (ecart: string) => `Le contrat collectif verse ${ecart} de plus.`,
    plusIndividuels: (ecart: string) => `Les contrats individuels versent ${ecart} de plus.`,
    egalite: 'Les deux versent le même montant.',
    objectifs: 'Objectifs de patientèle impliqués',
    objectifCollectif: 'Contrat collectif (objectif du groupe)',
    objectifIndividuel: 'Contrats individuels (objectif de chaque médecin)',
    patients: (mt: string, fa: string) =>
      `+${mt} patients médecin traitant et +${fa} patients de file active`,
    cpam: 'fixé par votre CPAM',
    hypotheses: 'Hypothèses de la comparaison',
    impossible:
      'La comparaison n’a pas pu être calculée avec ces réponses\u00a0: indiquez le nombre de médecins adhérents.',
  },
};
