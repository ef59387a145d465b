/**
 * The engine's French catalogue: one sentence per reason code (filled from the reason's data) and
 * one label per figure key. The UI and the command line show these as they are.
 */
import { dateEnFrancais } from './dates.ts';
import type { Raison } from './types.ts';
import { SPECIALITES } from './parametres/specialites.ts';
import { LIBELLES_OPTIONS } from './libelles-options.ts';

type Donnees = Raison['donnees'];

/** Built on first use, like dates.ts's format: loading ICU's French data costs a start. */
let format: Intl.NumberFormat | undefined;
const nombre = (v: number): string =>
  (format ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })).format(v);
/** Numbers said in reasons repeat (thresholds, caps): each is formatted once (batch hot path). */
const enChiffres = new Map<number, string>();
function chiffres(v: number): string {
  // A map does not tell -0 from 0, which Intl writes « -0 ».
  if (Object.is(v, -0)) return nombre(v);
  const connu = enChiffres.get(v);
  if (connu !== undefined) return connu;
  const texte = nombre(v);
  if (enChiffres.size < 10000) enChiffres.set(v, texte);
  return texte;
}
const n = (v: unknown): string => (typeof v === 'number' ? chiffres(v) : String(v));
const pct = (v: unknown): string => (typeof v === 'number' ? `${chiffres(v * 100)} %` : String(v));
const date = (v: unknown): string => (typeof v === 'string' ? dateEnFrancais(v) : String(v));

const option = (v: unknown): string =>
  (LIBELLES_OPTIONS as Readonly<Record<string, string>>)[String(v)] ?? String(v);

const REGIMES: Record<string, string> = {
  'avenant7-2019': 'l’avenant 7 (2019)',
  'reglement-arbitral-2023': 'le règlement arbitral (2023)',
  'convention-2024': 'la convention médicale 2024',
  'ancs-avenant3-2020': 'l’accord national des centres de santé (avenant 3, 2020)',
  'collectif-2026': 'le contrat collectif des groupes de généralistes (2026)',
};
const regime = (v: unknown): string => REGIMES[String(v)] ?? String(v);
const specialite = (v: unknown): string =>
  SPECIALITES.find((s) => s.slug === v)?.libelle ?? String(v);

export const PHRASES: Record<string, (d: Donnees) => string> = {
  'aucun-dispositif': (d) =>
    `Aucun dispositif n’existait à la date de signature du ${date(d.dateSignature)} : le premier s’applique aux contrats signés à partir du ${date(d.debut)}.`,
  'specialite-manquante': () => 'Indiquez votre spécialité.',
  'secteur-manquant': () => 'Indiquez votre secteur conventionnel.',
  'option-manquante': () => 'Choisissez une option (temps d’assistant médical).',
  'secteur-2-sans-optam': () =>
    'En secteur 2, l’aide est réservée aux médecins adhérant à l’OPTAM ou à l’OPTAM-CO.',
  'non-conventionne': () => 'Les médecins non conventionnés ne peuvent pas bénéficier de l’aide.',
  'option-fermee': (d) =>
    d.option === 'tiers'
      ? `L’option ⅓ ETP n’est plus ouverte aux contrats signés à partir du ${date(d.fermeeDepuis)} (régime : ${regime(d.regime)}).`
      : `L’option ${option(d.option)} n’est pas ouverte sous ${regime(d.regime)}.`,
  'second-assistant-specialite': () =>
    'Le second assistant (1,5 ou 2 ETP) est réservé aux médecins généralistes (hors MEP).',
  'second-assistant-hors-zone': () =>
    'Le second assistant (1,5 ou 2 ETP) est réservé aux médecins exerçant en zone sous-dense (ZIP).',
  'second-assistant-a-confirmer': () =>
    'Second assistant : il faut déjà un contrat à 1 ETP, être en 3e année ou au-delà et avoir atteint ses objectifs. Le montant et l’objectif sont fixés par votre CPAM.',
  'plein-hors-zone': () =>
    'Sous l’avenant 7, l’option 1 ETP est réservée aux médecins exerçant en zone sous-dense.',
  'specialite-zone-sous-dense': (d) =>
    `Sous l’avenant 7, la spécialité « ${specialite(d.specialite)} » n’est éligible qu’en zone sous-dense (ou sur dérogation de la CPL).`,
  'specialite-annexe-inconnue': (d) =>
    `La spécialité « ${specialite(d.specialite)} » ne figure pas dans la partie connue de l’annexe de l’avenant 7 : votre CPAM doit confirmer son éligibilité et la zone requise.`,
  'exercice-isole': () =>
    'Sous l’avenant 7, il faut exercer en groupe (au moins 2 médecins ou une MSP), sauf en zone sous-dense.',
  'engagement-coordination': () =>
    'Condition : vous vous engagez à rejoindre un exercice coordonné (MSP, ESP, CPTS…) dans les 2 ans.',
  'specialite-exclue': (d) =>
    `La spécialité « ${specialite(d.specialite)} » est exclue du dispositif pour les contrats signés depuis le ${date(d.depuis)}.`,
  'honoraires-cliniques-manquants': (d) =>
    `Indiquez la part de vos honoraires cliniques (sur les 12 mois précédant la signature) : elle doit atteindre ${pct(d.minimum)}.`,
  'honoraires-cliniques-insuffisants': (d) =>
    `Vos honoraires cliniques représentent ${pct(d.part)} de vos honoraires : il faut au moins ${pct(d.minimum)}.`,
  'patientele-mt-manquante': () =>
    'Indiquez votre patientèle médecin traitant (adultes) ou la bande de percentile communiquée par votre CPAM.',
  'bande-manquante': () =>
    'Indiquez la bande de percentile de votre file active, communiquée par votre CPAM (les seuils par spécialité ne sont pas publics).',
  'sous-p30': (d) =>
    d.mesure === undefined || d.mesure === null
      ? 'Votre patientèle est sous le 30e percentile (P30) de votre spécialité : les 30 % de médecins aux plus petites patientèles ne sont pas éligibles.'
      : `Votre patientèle médecin traitant (${n(d.mesure)} patients) est sous le plancher (P30) : il faut ${d.strict ? 'plus de' : 'au moins'} ${n(d.seuil)} patients.`,
  'exoneration-plancher': (d) =>
    `Vous êtes exonéré du plancher d’activité (P30) : ${String(d.motif)}.`,
  'rqth-ald-amenagements': () =>
    'Médecin RQTH ou en ALD : éligible avec des aménagements du contrat, à confirmer avec votre CPAM.',
  'activite-mixte-amenagements': () =>
    'Activité mixte (libérale et salariée) : éligible avec des aménagements du contrat, à confirmer avec votre CPAM.',
  'majoration-p90': () =>
    'Patientèle entre le 90e et le 95e percentile : montant majoré à partir de la 3e année.',
  'majoration-p95': () =>
    'Patientèle au 95e percentile ou au-delà : le montant de la 1re année est versé chaque année.',
  'bande-majoration-par-cpam': (d) =>
    `Avec ${n(d.mesure)} patients médecin traitant, les montants sont calculés sans majoration : les seuils P90 et P95 connus ne valent que sous l’avenant 7. Si votre CPAM vous place entre le 90e et le 95e percentile ou au-delà, indiquez cette bande : la majoration s’appliquera.`,
  'specialite-hors-catalogue': () =>
    'Spécialité hors de la liste du simulateur : votre CPAM doit confirmer qu’elle est éligible (annexe de l’avenant 7, spécialités exclues depuis 2023).',
  'bande-sans-majoration-connue': () =>
    'Sans bande de percentile, les montants sont calculés sans majoration.',
  'objectif-fixe-par-cpam': () =>
    'L’objectif de patientèle est fixé par votre CPAM dans le contrat (aucune grille publique) : saisissez-le pour suivre votre atteinte.',
  'objectif-cellule-inconnue': (d) =>
    `L’objectif de la bande ${String(d.bande)} pour l’option ${option(d.option)} n’a été trouvé dans aucune source : il est fixé par votre CPAM.`,
  'objectif-manquant': () =>
    'Des patients réalisés sont saisis mais aucun objectif n’est connu pour les mesurer : saisissez l’objectif contractuel.',
  'au-dela-annee-5': () =>
    'Le contrat dure 5 ans ; la projection au-delà suppose son renouvellement aux mêmes conditions (non modélisé).',
  'etp-medecins-manquants': () =>
    'Indiquez les ETP de médecins généralistes et spécialistes du centre.',
  'etp-medecins-insuffisants': (d) =>
    `Le centre doit salarier au moins ${n(d.minimum)} ETP de médecin (ici ${n(d.etp)}).`,
  'patientele-centre-manquante': (d) =>
    `Indiquez la patientèle du centre (${d.indicateur === 'mt' ? 'patientèle médecin traitant adulte' : 'file active'}).`,
  'centre-sous-p30': (d) =>
    `La ${d.indicateur === 'mt' ? 'patientèle médecin traitant adulte' : 'file active'} moyenne par ETP médecin (${n(d.moyenne)}) est sous le P30 des centres (${n(d.seuil)}).`,
  'nouveau-centre': (d) =>
    `Centre créé ou médicalisé depuis le ${date(d.depuis)} : pas de seuil ; objectif d’atteindre le P50 en 3 ans.`,
  'assistants-manquants': () =>
    'Indiquez les ETP d’assistants médicaux recrutés et leur année de début.',
  'assistants-apres-projection': (d) =>
    `Aucun assistant n’est recruté pendant les ${n(d.annees)} années projetées (le premier arrive en année ${n(d.premiere)}) : aucun versement dans cette projection. Allongez la projection ou avancez le recrutement.`,
  'collectif-non-officiel': () =>
    'Contrat collectif : chiffres non officiels, lus sur un relais de la page ameli de la CPAM des Hauts-de-Seine ; seul le contrat signé avec votre CPAM fait foi.',
  'collectif-forme-manquante': () =>
    'Indiquez la forme de la société qui signe (SCP, SCM, SISA, SEL ou autre).',
  'collectif-sel': () =>
    'Une SEL ne peut pas signer le contrat collectif : il faut une SCP, une SCM ou une SISA.',
  'collectif-forme-non-groupe': () =>
    'Le contrat collectif est signé par la société du groupe : une SCP, une SCM ou une SISA.',
  'collectif-medecins-manquants': () => 'Indiquez le nombre de médecins adhérents.',
  'collectif-un-seul-medecin': (d) =>
    `Un contrat collectif suppose un groupe : au moins ${n(d.minimum)} médecins adhérents (ici ${n(d.medecinsAdherents)}).`,
  'collectif-generalistes-manquant': () =>
    'Indiquez si tous les médecins adhérents sont généralistes (hors MEP), en secteur 1 ou en secteur 2 avec l’OPTAM ou l’OPTAM-CO.',
  'collectif-pas-tous-generalistes': () =>
    'Tous les médecins adhérents doivent être généralistes (hors MEP), en secteur 1 ou en secteur 2 avec l’OPTAM ou l’OPTAM-CO.',
  'collectif-patientele-manquante': () =>
    'Indiquez la patientèle médecin traitant totale des médecins adhérents (adultes et enfants).',
  'collectif-sous-p30': (d) =>
    `La patientèle médecin traitant moyenne par médecin adhérent (${n(d.moyenne)}) est sous le plancher (P30) : il faut au moins ${n(d.seuil)} patients en moyenne.`,
  'collectif-carence': () =>
    'Un contrat d’assistant a pris fin il y a moins de 2 ans : aucun nouveau contrat, individuel ou collectif, pendant ce délai de carence.',
  'collectif-contrat-individuel-a-clore': () =>
    'Condition : le contrat individuel d’assistant en cours d’un membre doit être clos d’abord (versé ou remboursé au prorata s’il ne s’arrête pas à sa date anniversaire).',
  'collectif-etp-manquant': () => 'Indiquez le nombre d’ETP d’assistant demandés pour le groupe.',
  'collectif-nouveaux-installes': (d) =>
    `${n(d.nouveauxInstalles)} médecin(s) installé(s) depuis moins de 12 mois : leur propre objectif (atteindre le P50 en 3 ans) n’est pas calculé ici.`,
  'collectif-plafond-applique': (d) =>
    `Plafond appliqué : au plus ${n(d.plafond)} ETP d’assistant (1 par médecin adhérent${d.bonus ? `, plus ${n(d.bonus)} par maître de stage accueillant un docteur junior ou par médecin d’un terrain de stage agréé` : ''}) ; ${n(d.demande)} ETP demandés.`,
  'plafond-applique': (d) =>
    `Plafond appliqué : au plus ${n(d.plafond)} ETP d’assistant pour ce centre (0,5 ETP par ETP médecin${d.parCentre === null ? '' : `, ${n(d.parCentre)} ETP par centre`}) ; ${n(d.demande)} ETP demandés, ${n(d.retenu)} retenus.`,
};

/** Why a doctor is exempt from the activity floor (regles/liberal/plancher.ts). */
export type MotifExoneration =
  { code: 'nouvel-installe' } | { code: 'rqth-ald' } | { code: 'enfants'; seuil: number };

export function motifExonerationEnFrancais(m: MotifExoneration): string {
  switch (m.code) {
    case 'nouvel-installe':
      return 'médecin nouvellement installé';
    case 'rqth-ald':
      return 'médecin reconnu travailleur handicapé (RQTH) ou en ALD';
    case 'enfants':
      return `plus de ${m.seuil * 100} % d’enfants de moins de 16 ans`;
  }
}

export function messageRaison(code: string, donnees: Donnees): string {
  const phrase = PHRASES[code];
  return phrase ? phrase(donnees) : code;
}
