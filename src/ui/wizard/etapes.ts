/**
 * The wizard's steps as data (model: aides-jeunes lib/state/blocks.ts): each step lists the fields
 * it may ask and says when it applies. Whether a field is asked comes from the rules themselves
 * (the fields they read, state/questions.ts), never from a rule written here. Wording lives in
 * messages/fr.ts.
 */
import type { Reponses, Structure } from '../state/champs.ts';

export interface Contexte {
  reponses: Reponses;
  structure: Structure | undefined;
  /** True when the rules read this field for the answers given: its answer can change the result. */
  utile(cle: string): boolean;
  /** The same, asked without the option: whether a field matters before the option is chosen. */
  utileSansOption?(cle: string): boolean;
}

export interface Etape {
  id: string;
  structures: readonly Structure[];
  champs: readonly string[];
  when?(ctx: Contexte): boolean;
}

/**
 * Fields every simulation of that structure asks, even where the rules do not read them (a date
 * before any scheme): who the doctor or the centre is. The others are asked when the rules read them.
 */
const TOUJOURS = new Set([
  'structure',
  'dateSignature',
  'specialite',
  'secteur',
  'option',
  'etpGeneralistes',
  'etpSpecialistes',
  'assistants',
]);

/** A group of GPs under one collective contract (RULES.md §7 bis): asked only what the engine uses. */
const ETAPES_COLLECTIF: readonly Etape[] = [
  {
    id: 'collectif-groupe',
    structures: ['collectif'],
    champs: [
      'formeJuridique',
      'medecinsAdherents',
      'tousGeneralistesHorsMepSecteur1OuOptam',
      'nouveauxInstalles',
    ],
  },
  {
    id: 'collectif-patientele',
    structures: ['collectif'],
    champs: ['patientele.mt', 'patientsDejaGagnes.mt', 'patientsDejaGagnes.fileActive'],
  },
  {
    id: 'collectif-assistants',
    structures: ['collectif'],
    champs: ['etp', 'maitresDeStage', 'terrainDeStageAgree'],
  },
  {
    id: 'collectif-contrats',
    structures: ['collectif'],
    champs: ['contratIndividuelEnCours', 'carence'],
  },
];

export const ETAPES: readonly Etape[] = [
  { id: 'structure', structures: ['liberal', 'centre', 'collectif'], champs: ['structure'] },
  { id: 'specialite', structures: ['liberal'], champs: ['specialite'] },
  { id: 'secteur', structures: ['liberal'], champs: ['secteur', 'optam'] },
  { id: 'date', structures: ['liberal', 'centre', 'collectif'], champs: ['dateSignature'] },
  {
    id: 'patientele',
    structures: ['liberal'],
    champs: ['patientele.mtAdultes', 'patientele.mtEnfants', 'patientele.fileActive', 'bande'],
  },
  {
    id: 'exercice',
    structures: ['liberal'],
    champs: [
      'zoneSousDense',
      'exerciceRegroupe',
      'exerciceCoordonne',
      'partHonorairesCliniques',
      'nouvelInstalle',
      'rqthOuAld',
      'activiteMixte',
    ],
  },
  { id: 'option', structures: ['liberal'], champs: ['option', 'zoneSousDense'] },
  {
    id: 'centre-medecins',
    structures: ['centre'],
    champs: ['etpGeneralistes', 'etpSpecialistes', 'nouveauCentre', 'zoneSousDense'],
  },
  {
    id: 'centre-patientele',
    structures: ['centre'],
    champs: ['patientele.mtAdultes', 'patientele.fileActive'],
  },
  { id: 'centre-assistants', structures: ['centre'], champs: ['assistants'] },
  ...ETAPES_COLLECTIF,
  { id: 'recapitulatif', structures: ['liberal', 'centre', 'collectif'], champs: [] },
];

export const ETAPE_RESULTATS = 'resultats';
export const IDS_ETAPES: readonly string[] = [...ETAPES.map((e) => e.id), ETAPE_RESULTATS];

/**
 * Fields whose usefulness may come from the option, asked after the practice step: the practice
 * step asks them when they matter whatever the option (avenant 7's zone), the option step when
 * only the chosen option makes them matter (the ZIP of a second assistant since 2024).
 */
const SELON_OPTION = new Set(['zoneSousDense']);

function visibleSelonOption(etape: Etape, c: string, ctx: Contexte): boolean | null {
  if (ctx.structure !== 'liberal' || !SELON_OPTION.has(c)) return null;
  const avant = (ctx.utileSansOption ?? ctx.utile)(c);
  if (etape.id === 'option') return ctx.utile(c) && !avant;
  return avant;
}

export function champsVisibles(etape: Etape, ctx: Contexte): string[] {
  return etape.champs.filter((c) => {
    const selonOption = visibleSelonOption(etape, c, ctx);
    if (selonOption !== null) return selonOption;
    return TOUJOURS.has(c) || ctx.utile(c);
  });
}

/** The steps that apply to these answers, in order (before a structure is chosen: the first one). */
export function etapesActives(ctx: Contexte): Etape[] {
  const structure = ctx.structure;
  if (structure === undefined)
    return ETAPES.filter((e) => e.id === 'structure' || e.id === 'recapitulatif');
  return ETAPES.filter(
    (e) =>
      e.structures.includes(structure) &&
      (e.champs.length === 0 || champsVisibles(e, ctx).length > 0) &&
      (e.when === undefined || e.when(ctx)),
  );
}

/** The step that asks a field (for "Modifier" links and error links). */
export function etapeDuChamp(cle: string, structure: Structure | undefined): string | undefined {
  const racine = cle.startsWith('assistants') ? 'assistants' : cle;
  return ETAPES.find(
    (e) =>
      e.champs.includes(racine) && (structure === undefined || e.structures.includes(structure)),
  )?.id;
}
