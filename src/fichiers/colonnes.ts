/**
 * CSV header → one setter per column. Supported column names (see the command line's help):
 * `champ`, `objet.champ`, `liste` (items `;`- or `|`-separated), `liste.0` (one item),
 * `listeObjets.0.champ` (one object field) and `listeObjets.champ` (`;`-separated, one per object).
 * A header cannot reach `Object.prototype`: `__proto__`, `constructor` and `prototype` are refused
 * as names, and the setters only ever read and write the row's own properties.
 */
import { cheminAlias, valeurAlias } from './alias.ts';
import { CHAMPS, type Nature } from './champs.ts';
import { convertirCellule, convertirListe } from './cellules.ts';
import { MESSAGES_FICHIERS as M } from './messages.ts';
import { creerObjet, poser, poseurDe, SEGMENTS_INTERDITS, type Segment } from '../schemas/poser.ts';

export type Poseur = (cible: Record<string, unknown>, cellule: string) => void;

export type LectureEnTete =
  | {
      ok: true;
      /** One setter per header cell (`null` for a nameless column, ignored). */
      poseurs: (Poseur | null)[];
      /** At least one column is a field of the situation (else the header was not understood). */
      champConnu: boolean;
    }
  | { ok: false; message: string };

const INDICE = /^\d+$/;
const INDICE_MAX = 99;
/** Distinct cells whose typed value a column keeps (dates and counts vary more than codes). */
const VALEURS_GARDEES = 512;

/** `realise.mt` → prefix `realise` and rest `mt` when `realise.#.mt` is a known field. */
function listeObjetsSansIndice(
  segments: string[],
): { prefixe: string[]; reste: string[]; nature: Nature } | null {
  for (let i = 1; i < segments.length; i++) {
    const prefixe = segments.slice(0, i);
    if (CHAMPS.get(prefixe.join('.'))?.sorte !== 'liste-objets') continue;
    const reste = segments.slice(i);
    const type = CHAMPS.get([...prefixe, '#', ...reste].join('.'));
    if (type?.sorte === 'scalaire') return { prefixe, reste, nature: type.nature };
  }
  return null;
}

type Colonne =
  { poseur: Poseur; connu: boolean; chemin: string } | { ignoree: true } | { message: string };

/** A text cell through the French labels of its field (alias.ts), then typed. */
function typer(cle: string, cellule: string, nature: Nature): unknown {
  return convertirCellule(nature === 'texte' ? valeurAlias(cle, cellule) : cellule, nature);
}

function colonne(nom: string, numero: number, alias = true): Colonne {
  const segments = nom.split('.');
  const interdit = segments.find((s) => SEGMENTS_INTERDITS.has(s));
  if (interdit !== undefined) return { message: M.nomInterdit(numero, nom, interdit) };
  const chemin: Segment[] = segments.map((s) => (INDICE.test(s) ? Number(s) : s));
  if (chemin.some((s) => typeof s === 'number' && s > INDICE_MAX)) {
    return { message: M.indiceTropGrand(numero, nom, INDICE_MAX) };
  }
  const cle = segments.map((s) => (INDICE.test(s) ? '#' : s)).join('.');
  const type = CHAMPS.get(cle);
  if (type?.sorte === 'scalaire') {
    const nature = type.nature;
    // A column repeats few values: each one's typed value (a string, number or boolean) is kept.
    const vues = new Map<string, unknown>();
    const typee = (cellule: string): unknown => {
      let valeur = vues.get(cellule);
      if (valeur === undefined && !vues.has(cellule)) {
        valeur = typer(cle, cellule, nature);
        if (vues.size < VALEURS_GARDEES) vues.set(cellule, valeur);
      }
      return valeur;
    };
    // One segment (never a forbidden one, refused above): poser would set the row's own property.
    const seul = chemin.length === 1 ? chemin[0] : undefined;
    const poserA = seul === undefined ? poseurDe(chemin) : null;
    return {
      connu: true,
      chemin: nom,
      poseur:
        seul === undefined
          ? (cible, cellule) => poserA?.(cible, typee(cellule))
          : (cible, cellule) => {
              cible[seul] = typee(cellule);
            },
    };
  }
  if (type?.sorte === 'liste') {
    const nature = type.nature;
    const poserA = poseurDe(chemin);
    return {
      connu: true,
      chemin: nom,
      poseur: (cible, cellule) => poserA?.(cible, convertirListe(cellule, nature)),
    };
  }
  const zip = type ? null : listeObjetsSansIndice(segments);
  if (zip) {
    const { prefixe, reste, nature } = zip;
    return {
      connu: true,
      chemin: nom,
      poseur: (cible, cellule) => {
        convertirListe(cellule, nature).forEach((valeur, i) => {
          // An empty item (`;;72`, the wizard's link format) is a year left unknown: an empty
          // object keeps the later items in their place.
          if (valeur !== '') poser(cible, [...prefixe, i, ...reste], valeur);
          else creerObjet(cible, [...prefixe, i]);
        });
      },
    };
  }
  if (alias && !type) {
    // A French header (« Date de signature », « Nom »), or a result column of our exports.
    const francais = cheminAlias(nom);
    if (francais === null) return { ignoree: true };
    if (francais !== undefined) return colonne(francais, numero, false);
  }
  // Unknown or non-scalar column: kept as text, validation reports it by name.
  return {
    connu: type !== undefined,
    chemin: nom,
    poseur: (cible, cellule) => poser(cible, chemin, cellule),
  };
}

export function lireEnTete(entete: readonly string[]): LectureEnTete {
  const vus = new Map<string, number>();
  const poseurs: (Poseur | null)[] = [];
  let champConnu = false;
  for (let i = 0; i < entete.length; i++) {
    const nom = entete[i] as string;
    if (nom === '') {
      poseurs.push(null);
      continue;
    }
    const lue = colonne(nom, i + 1);
    if ('message' in lue) return { ok: false, message: lue.message };
    if ('ignoree' in lue) {
      poseurs.push(null);
      continue;
    }
    const premier = vus.get(lue.chemin);
    if (premier !== undefined) {
      const autre = entete[premier - 1] as string;
      const message =
        autre === nom
          ? M.colonneEnDouble(nom, premier, i + 1)
          : M.memeChamp(autre, nom, lue.chemin, premier, i + 1);
      return { ok: false, message };
    }
    vus.set(lue.chemin, i + 1);
    champConnu ||= lue.connu;
    poseurs.push(lue.poseur);
  }
  return { ok: true, poseurs, champConnu };
}
