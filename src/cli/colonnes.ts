/**
 * CSV header → one setter per column. Supported column names (see aide.ts):
 * `champ`, `objet.champ`, `liste` (items `;`-separated), `liste.0` (one item),
 * `listeObjets.0.champ` (one object field) and `listeObjets.champ` (`;`-separated, one per object).
 */
import { CHAMPS, type Nature } from './champs.ts';
import { convertirCellule, convertirListe } from './cellules.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

export type Poseur = (cible: Record<string, unknown>, cellule: string) => void;

type Segment = string | number;

const INDICE = /^\d+$/;
const INDICE_MAX = 99;

function poser(cible: Record<string, unknown>, chemin: readonly Segment[], valeur: unknown): void {
  let courant: Record<string | number, unknown> = cible;
  for (let i = 0; i < chemin.length - 1; i++) {
    const cle = chemin[i] as Segment;
    let suivant = courant[cle];
    if (suivant === null || typeof suivant !== 'object') {
      suivant = typeof chemin[i + 1] === 'number' ? [] : {};
      courant[cle] = suivant;
    }
    courant = suivant as Record<string | number, unknown>;
  }
  courant[chemin[chemin.length - 1] as Segment] = valeur;
}

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

function poseur(nom: string, numero: number, fichier: string): Poseur {
  const segments = nom.split('.');
  const chemin: Segment[] = segments.map((s) => (INDICE.test(s) ? Number(s) : s));
  if (chemin.some((s) => typeof s === 'number' && s > INDICE_MAX)) {
    throw new ErreurUtilisateur(
      `${fichier} : en-tête CSV, colonne ${numero} « ${nom} » : indice trop grand (${INDICE_MAX} au plus)`,
    );
  }
  const type = CHAMPS.get(segments.map((s) => (INDICE.test(s) ? '#' : s)).join('.'));
  if (type?.sorte === 'scalaire') {
    const nature = type.nature;
    return (cible, cellule) => poser(cible, chemin, convertirCellule(cellule, nature));
  }
  if (type?.sorte === 'liste') {
    const nature = type.nature;
    return (cible, cellule) => poser(cible, chemin, convertirListe(cellule, nature));
  }
  const zip = type ? null : listeObjetsSansIndice(segments);
  if (zip) {
    const { prefixe, reste, nature } = zip;
    return (cible, cellule) => {
      convertirListe(cellule, nature).forEach((valeur, i) => {
        if (valeur !== '') poser(cible, [...prefixe, i, ...reste], valeur);
      });
    };
  }
  // Unknown or non-scalar column: kept as text, validation reports it by name.
  return (cible, cellule) => poser(cible, chemin, cellule);
}

/** One setter per header cell (`null` for a nameless column, ignored). */
export function lireEnTete(entete: readonly string[], nom: string): (Poseur | null)[] {
  const vus = new Map<string, number>();
  return entete.map((colonne, i) => {
    if (colonne === '') return null;
    const premier = vus.get(colonne);
    if (premier !== undefined) {
      throw new ErreurUtilisateur(
        `${nom} : en-tête CSV, la colonne « ${colonne} » apparaît deux fois (colonnes ${premier} et ${i + 1})`,
      );
    }
    vus.set(colonne, i + 1);
    return poseur(colonne, i + 1, nom);
  });
}
