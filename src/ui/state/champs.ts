/**
 * The answers as the UI keeps them: a flat record of strings keyed by the public field names
 * (../shared/cases/README.md), the same keys as the URL. Lists are written `a;b;c`, assistants
 * `anneeDebut:etp;…`, achievement as fractions (`atteinte=1;1;0.6`). This module turns them into
 * the situation object the engine validates; it knows field types, never a rule.
 */
import { lireNombre } from '../format.ts';

export type Reponses = Readonly<Record<string, string>>;
export type Structure = 'liberal' | 'centre' | 'collectif';
type TypeChamp = 'texte' | 'nombre' | 'booleen' | 'liste-nombres' | 'assistants';

interface DefChamp {
  type: TypeChamp;
  structures: readonly Structure[];
}

const LES_DEUX: readonly Structure[] = ['liberal', 'centre'];
const LIBERAL: readonly Structure[] = ['liberal'];
const CENTRE: readonly Structure[] = ['centre'];
/** Fields every structure has (the collective contract of a group of GPs included). */
const TOUTES: readonly Structure[] = ['liberal', 'centre', 'collectif'];
const COLLECTIF: readonly Structure[] = ['collectif'];

export const CHAMPS: Readonly<Record<string, DefChamp>> = {
  structure: { type: 'texte', structures: TOUTES },
  dateSignature: { type: 'texte', structures: TOUTES },
  regime: { type: 'texte', structures: TOUTES },
  annees: { type: 'nombre', structures: TOUTES },
  atteinte: { type: 'liste-nombres', structures: TOUTES },
  'realise.mt': { type: 'liste-nombres', structures: TOUTES },
  'realise.fileActive': { type: 'liste-nombres', structures: TOUTES },
  'objectif.mt': { type: 'nombre', structures: TOUTES },
  'objectif.fileActive': { type: 'nombre', structures: TOUTES },
  specialite: { type: 'texte', structures: LIBERAL },
  secteur: { type: 'texte', structures: LIBERAL },
  optam: { type: 'booleen', structures: LIBERAL },
  option: { type: 'texte', structures: LIBERAL },
  'patientele.mtAdultes': { type: 'nombre', structures: LES_DEUX },
  'patientele.mtEnfants': { type: 'nombre', structures: LIBERAL },
  'patientele.fileActive': { type: 'nombre', structures: TOUTES },
  bande: { type: 'texte', structures: LIBERAL },
  zoneSousDense: { type: 'booleen', structures: LES_DEUX },
  exerciceRegroupe: { type: 'booleen', structures: LIBERAL },
  exerciceCoordonne: { type: 'booleen', structures: LIBERAL },
  nouvelInstalle: { type: 'booleen', structures: LIBERAL },
  rqthOuAld: { type: 'booleen', structures: LIBERAL },
  partHonorairesCliniques: { type: 'nombre', structures: LIBERAL },
  etpGeneralistes: { type: 'nombre', structures: CENTRE },
  etpSpecialistes: { type: 'nombre', structures: CENTRE },
  nouveauCentre: { type: 'booleen', structures: CENTRE },
  assistants: { type: 'assistants', structures: CENTRE },
  formeJuridique: { type: 'texte', structures: COLLECTIF },
  medecinsAdherents: { type: 'nombre', structures: COLLECTIF },
  tousGeneralistesHorsMepSecteur1OuOptam: { type: 'booleen', structures: COLLECTIF },
  'patientele.mt': { type: 'nombre', structures: COLLECTIF },
  etp: { type: 'nombre', structures: COLLECTIF },
  maitresDeStage: { type: 'nombre', structures: COLLECTIF },
  terrainDeStageAgree: { type: 'booleen', structures: COLLECTIF },
  'patientsDejaGagnes.mt': { type: 'nombre', structures: COLLECTIF },
  'patientsDejaGagnes.fileActive': { type: 'nombre', structures: COLLECTIF },
  contratIndividuelEnCours: { type: 'booleen', structures: COLLECTIF },
  carence: { type: 'booleen', structures: COLLECTIF },
  nouveauxInstalles: { type: 'nombre', structures: COLLECTIF },
};

/** A number when the text is one, else the raw text (the schema then names the field in French). */
function nombreOuTexte(texte: string): number | string {
  const n = lireNombre(texte);
  return Number.isNaN(n) ? texte : n;
}

function booleen(texte: string): boolean | string {
  if (texte === 'true') return true;
  if (texte === 'false') return false;
  return texte;
}

export function listeItems(texte: string | undefined): string[] {
  return texte === undefined || texte === '' ? [] : texte.split(';');
}

/** An empty item of `atteinte` stands for the engine's default, 100 %. */
function listeNombres(texte: string, vide: number | undefined): (number | string | undefined)[] {
  return listeItems(texte).map((item) => (item.trim() === '' ? vide : nombreOuTexte(item)));
}

export interface LigneAssistant {
  anneeDebut: string;
  etp: string;
}

export function lireAssistants(texte: string | undefined): LigneAssistant[] {
  return listeItems(texte).map((item) => {
    const [anneeDebut = '', etp = ''] = item.split(':');
    return { anneeDebut, etp };
  });
}

export function ecrireAssistants(lignes: readonly LigneAssistant[]): string {
  return lignes.map((l) => `${l.anneeDebut}:${l.etp}`).join(';');
}

/** Names that would reach an object's prototype instead of the situation: never set. */
const INTERDITS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function poser(cible: Record<string, unknown>, chemin: string, valeur: unknown): void {
  const [tete, ...reste] = chemin.split('.');
  if (tete === undefined || INTERDITS.has(tete)) return;
  if (reste.length === 0) {
    cible[tete] = valeur;
    return;
  }
  const present = Object.hasOwn(cible, tete) ? cible[tete] : undefined;
  const sous = (present ?? (cible[tete] = {})) as Record<string, unknown>;
  poser(sous, reste.join('.'), valeur);
}

function realise(reponses: Reponses): Record<string, unknown>[] | undefined {
  const mt = listeNombres(reponses['realise.mt'] ?? '', undefined);
  const fa = listeNombres(reponses['realise.fileActive'] ?? '', undefined);
  const n = Math.max(mt.length, fa.length);
  if (n === 0) return undefined;
  return Array.from({ length: n }, (_, i) => ({
    ...(mt[i] !== undefined ? { mt: mt[i] } : {}),
    ...(fa[i] !== undefined ? { fileActive: fa[i] } : {}),
  }));
}

/** The raw situation (not yet validated) described by the answers. */
export function versSituation(reponses: Reponses): Record<string, unknown> {
  const situation: Record<string, unknown> = {};
  for (const [cle, texte] of Object.entries(reponses)) {
    const def = CHAMPS[cle];
    if (!def || texte === '' || cle.startsWith('realise.')) continue;
    if (def.type === 'texte') poser(situation, cle, texte);
    else if (def.type === 'nombre') poser(situation, cle, nombreOuTexte(texte));
    else if (def.type === 'booleen') poser(situation, cle, booleen(texte));
    else if (def.type === 'liste-nombres') poser(situation, cle, listeNombres(texte, 1));
    else
      poser(
        situation,
        cle,
        lireAssistants(texte).map((l) => ({
          anneeDebut: l.anneeDebut === '' ? undefined : nombreOuTexte(l.anneeDebut),
          etp: l.etp === '' ? undefined : nombreOuTexte(l.etp),
        })),
      );
  }
  const r = realise(reponses);
  if (r) situation.realise = r;
  return situation;
}

/** The answer key that holds a field reported by the schema (`assistants.0.etp` → `assistants`). */
export function cleDuChamp(champ: string): string | undefined {
  if (champ in CHAMPS) return champ;
  const m = /^realise\.\d+\.(mt|fileActive)$/.exec(champ);
  if (m) return `realise.${m[1]}`;
  if (/^realise(\.\d+)?$/.test(champ)) return 'realise.mt';
  const racine = champ.split('.')[0] ?? '';
  if (racine in CHAMPS) return racine;
  const deux = champ.split('.').slice(0, 2).join('.');
  return deux in CHAMPS ? deux : undefined;
}

/** Keeps the answers that belong to a structure (switching structure forgets the other's fields). */
export function pourStructure(reponses: Reponses, structure: Structure): Record<string, string> {
  const garde: Record<string, string> = {};
  for (const [cle, valeur] of Object.entries(reponses)) {
    if (CHAMPS[cle]?.structures.includes(structure)) garde[cle] = valeur;
  }
  return garde;
}
