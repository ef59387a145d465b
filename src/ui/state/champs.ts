/**
 * The answers as the UI keeps them: a flat record of strings keyed by the public field names
 * (../shared/cases/README.md), the same keys as the URL. Lists are written `a;b;c`, assistants
 * `anneeDebut:etp;…`, achievement as fractions (`atteinte=1;1;0.6`). This module turns them into
 * the situation object the engine validates; the fields and their types come from the schemas'
 * field catalogue (src/schemas/champs.ts), never a rule.
 */
import {
  CHAMPS_SITUATION,
  champDe,
  poser,
  type DefChamp,
  type Structure,
  type Widget,
} from '../../engine/saisie.ts';
import { lireNombre } from '../format.ts';

export type Reponses = Readonly<Record<string, string>>;
export type { Structure };
type TypeReponse = 'texte' | 'nombre' | 'booleen' | 'liste-nombres' | 'assistants';

interface DefReponse {
  type: TypeReponse;
  structures: readonly Structure[];
  widget?: Widget;
}

/**
 * How the answers hold a field of the catalogue, or null when it is not an answer: a list of
 * objects is one answer when the wizard asks it row by row (`assistants`), else one answer per
 * field of its items (`realise.mt`).
 */
function typeReponse(champ: DefChamp): TypeReponse | null {
  const { type } = champ;
  if (champ.fichiersSeulement) return null;
  if (type.sorte === 'liste-objets') return champ.widget ? 'assistants' : null;
  const liste = champ.chemin.split('.#.')[0] as string;
  if (liste !== champ.chemin) return champDe(liste)?.widget ? null : 'liste-nombres';
  if (type.sorte === 'liste') return 'liste-nombres';
  return type.sorte === 'nombre' || type.sorte === 'booleen' ? type.sorte : 'texte';
}

/** Links of version 1 write the date right after the structure, then the catalogue's order. */
const EN_TETE = ['structure', 'dateSignature'];

/** The answers: key (the field's path without `.#`, as in the URL and messages/fr.ts) → kind. */
export const CHAMPS: Readonly<Record<string, DefReponse>> = Object.fromEntries(
  CHAMPS_SITUATION.flatMap((champ): [string, DefReponse][] => {
    const type = typeReponse(champ);
    if (type === null) return [];
    const def: DefReponse = { type, structures: champ.structures };
    return [
      [champ.chemin.replace('.#.', '.'), champ.widget ? { ...def, widget: champ.widget } : def],
    ];
  }).sort(([a], [b]) => rang(a) - rang(b)),
);

function rang(cle: string): number {
  const i = EN_TETE.indexOf(cle);
  return i === -1 ? EN_TETE.length : i;
}

/** The definition of an answer key (own keys only: `constructor` is not an answer). */
export function defReponse(cle: string): DefReponse | undefined {
  return Object.hasOwn(CHAMPS, cle) ? CHAMPS[cle] : undefined;
}

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

/** Lists of objects answered one key per field of their items: `realise` → `mt`, `fileActive`. */
const PAR_COLONNE: ReadonlyMap<string, string[]> = new Map(
  CHAMPS_SITUATION.filter((c) => c.type.sorte === 'liste-objets' && typeReponse(c) === null).map(
    (liste) => [
      liste.chemin,
      CHAMPS_SITUATION.filter((c) => c.chemin.startsWith(`${liste.chemin}.#.`)).map((c) =>
        c.chemin.slice(liste.chemin.length + 3),
      ),
    ],
  ),
);

/** Year `i` of such a list is the `i`-th item of each of its answers (an empty item: unknown). */
function parColonne(reponses: Reponses, liste: string, champs: readonly string[]) {
  const colonnes = champs.map((c) => listeNombres(reponses[`${liste}.${c}`] ?? '', undefined));
  const n = Math.max(0, ...colonnes.map((c) => c.length));
  if (n === 0) return undefined;
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      champs.flatMap((c, j) => (colonnes[j]?.[i] !== undefined ? [[c, colonnes[j]?.[i]]] : [])),
    ),
  );
}

/** The raw situation (not yet validated) described by the answers. */
export function versSituation(reponses: Reponses): Record<string, unknown> {
  const situation: Record<string, unknown> = {};
  for (const [cle, texte] of Object.entries(reponses)) {
    const def = defReponse(cle);
    if (!def || texte === '' || PAR_COLONNE.has(cle.split('.')[0] as string)) continue;
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
  for (const [liste, champs] of PAR_COLONNE) {
    const objets = parColonne(reponses, liste, champs);
    if (objets) situation[liste] = objets;
  }
  return situation;
}

/** The answer key that holds a field reported by the schema (`assistants.0.etp` → `assistants`). */
export function cleDuChamp(champ: string): string | undefined {
  if (Object.hasOwn(CHAMPS, champ)) return champ;
  const segments = champ.split('.');
  const [racine = '', indice, sous] = segments;
  const champs = PAR_COLONNE.get(racine);
  if (champs && segments.length <= 3) {
    // `realise.2.mt` → `realise.mt`; the list or one of its items → its first answer.
    if (sous !== undefined && /^\d+$/.test(indice ?? '') && champs.includes(sous))
      return `${racine}.${sous}`;
    if (sous === undefined && (indice === undefined || /^\d+$/.test(indice)))
      return `${racine}.${champs[0]}`;
  }
  if (Object.hasOwn(CHAMPS, racine)) return racine;
  const deux = champ.split('.').slice(0, 2).join('.');
  return Object.hasOwn(CHAMPS, deux) ? deux : undefined;
}

/** Keeps the answers that belong to a structure (switching structure forgets the other's fields). */
export function pourStructure(reponses: Reponses, structure: Structure): Record<string, string> {
  const garde: Record<string, string> = {};
  for (const [cle, valeur] of Object.entries(reponses)) {
    if (defReponse(cle)?.structures.includes(structure)) garde[cle] = valeur;
  }
  return garde;
}
