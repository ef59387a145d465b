/**
 * A row of the batch → the simulator's URL state, format version 1 of src/ui/README.md:
 * `?v=1&etape=…&<field>=<value>`, dotted fields, `;`-separated lists, `realise.mt=…`,
 * `assistants=anneeDebut:etp;…`. Written here from the schema's field catalogue rather than by
 * src/ui/state/url.ts: sharing that module with this page split the simulator's first-load chunk
 * (bundle budget). Works on raw rows too: the simulator drops the values its schema rejects and
 * says so, so an invalid row opens with its valid answers, ready to be corrected.
 */
import { CHAMPS } from '../../../fichiers/champs.ts';
import { CATALOGUE } from '../../../engine/saisie.ts';

type Objet = Record<string, unknown>;

const VERSION_URL = '1';

const texte = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const objet = (v: unknown): Objet => (v !== null && typeof v === 'object' ? (v as Objet) : {});
const liste = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

function aChemin(racine: Objet, chemin: string): unknown {
  return chemin.split('.').reduce<unknown>((courant, cle) => objet(courant)[cle], racine);
}

const encoder = (valeur: string): string =>
  encodeURIComponent(valeur).replace(/%3B/gi, ';').replace(/%3A/gi, ':');

/** `[field, value]` pairs of the URL for one row, in the schema's field order. */
function reponses(valeur: Objet): [string, string][] {
  const paires: [string, string][] = [];
  for (const [chemin, type] of CHAMPS) {
    if (chemin.includes('#')) continue;
    const brut = aChemin(valeur, chemin);
    if (type.sorte === 'scalaire') paires.push([chemin, texte(brut)]);
    else if (type.sorte === 'liste') paires.push([chemin, liste(brut)?.map(texte).join(';') ?? '']);
    else if (chemin === 'assistants') {
      const items = liste(brut)?.map((a) => `${texte(objet(a).anneeDebut)}:${texte(objet(a).etp)}`);
      paires.push([chemin, items?.join(';') ?? '']);
    } else {
      const sousChamps = [...CHAMPS.keys()]
        .filter((c) => c.startsWith(`${chemin}.#.`))
        .map((c) => c.slice(chemin.length + 3));
      for (const sous of sousChamps) {
        const items = liste(brut)?.map((item) => texte(objet(item)[sous]));
        paires.push([`${chemin}.${sous}`, items?.join(';') ?? '']);
      }
    }
  }
  return paires.filter(([, v]) => v !== '');
}

/** A yes/no the batch takes as "no" when empty (RULES.md §8.1); this one is never taken as "no". */
const JAMAIS_NON = new Set(['tousGeneralistesHorsMepSecteur1OuOptam']);

/**
 * The batch reads an empty yes/no as "no"; the simulator asks it. So that the link shows the
 * batch's verdict, the top-level yes/no fields of the row's structure left empty are written `false`.
 */
function nonImplicites(valeur: Objet): [string, string][] {
  const structure = valeur.structure;
  if (structure !== 'liberal' && structure !== 'centre' && structure !== 'collectif') return [];
  return CATALOGUE.filter(
    (c) => (c.structures as readonly string[]).includes(structure) && !c.chemin.includes('.'),
  )
    .map((c) => c.chemin as string)
    .filter(
      (cle) =>
        CHAMPS.get(cle)?.sorte === 'scalaire' &&
        (CHAMPS.get(cle) as { nature: string }).nature === 'booleen' &&
        !JAMAIS_NON.has(cle) &&
        valeur[cle] === undefined,
    )
    .map((cle) => [cle, 'false']);
}

/** `index.html?v=1&etape=resultats&…` (the summary step for a row that did not validate). */
export function lienSimulateur(valeur: Objet, valide: boolean): string {
  const etape = valide ? 'resultats' : 'recapitulatif';
  const morceaux = [`v=${VERSION_URL}`, `etape=${etape}`];
  const paires = [...reponses(valeur), ...(valide ? nonImplicites(valeur) : [])];
  for (const [cle, v] of paires) morceaux.push(`${cle}=${encoder(v)}`);
  return `index.html?${morceaux.join('&')}`;
}
