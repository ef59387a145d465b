/**
 * Filter, sort, count and page the result rows (pure: the page derives its view with useMemo).
 * Sized for 100,000 rows: no search text stored per row (the few distinct messages are lowered
 * once and remembered), sort keys computed once per row and compared as numbers.
 */
import { OPTIONS } from '../../../engine/index.ts';
import { txt, VERDICTS, type Structure, type Verdict } from './messages.ts';
import type { LigneLot } from './traitement.ts';

export type ColonneTri = 'ligne' | 'structure' | 'verdict' | 'option' | 'total' | `annee${number}`;
export interface Tri {
  colonne: ColonneTri;
  sens: 'croissant' | 'decroissant';
}
export interface Filtres {
  verdict: Verdict | '';
  structure: Structure | '';
  texte: string;
}

export const FILTRES_VIDES: Filtres = { verdict: '', structure: '', texte: '' };
export const TRI_INITIAL: Tri = { colonne: 'ligne', sens: 'croissant' };
export const PAR_PAGE = 100;

/** Lower-cased texts, remembered: a batch repeats the same few reasons and messages. */
const minuscules = new Map<string, string>();
const MEMOIRE_MAX = 20_000;

function bas(texte: string): string {
  const connu = minuscules.get(texte);
  if (connu !== undefined) return connu;
  const minuscule = texte.toLocaleLowerCase('fr-FR');
  if (minuscules.size < MEMOIRE_MAX) minuscules.set(texte, minuscule);
  return minuscule;
}

/** Row number, verdict, specialty, reason codes and sentences, error messages. */
function contient(l: LigneLot, texte: string): boolean {
  return (
    String(l.ligne).includes(texte) ||
    bas(txt.verdicts[l.verdict]).includes(texte) ||
    (l.specialite !== null && bas(l.specialite).includes(texte)) ||
    l.raisons.some((r) => bas(r.code).includes(texte) || bas(r.message).includes(texte)) ||
    l.erreurs.some((e) => bas(e.message).includes(texte))
  );
}

export function filtrer(lignes: readonly LigneLot[], f: Filtres): LigneLot[] {
  const texte = f.texte.trim().toLocaleLowerCase('fr-FR');
  return lignes.filter(
    (l) =>
      (f.verdict === '' || l.verdict === f.verdict) &&
      (f.structure === '' || l.structure === f.structure) &&
      (texte === '' || contient(l, texte)),
  );
}

/** Liberal options in their order of assistant time, then centres by ETP. */
function rangOption(l: LigneLot): number | null {
  if (l.etpCentre !== null) return OPTIONS.length + l.etpCentre;
  const i = OPTIONS.indexOf(l.option as (typeof OPTIONS)[number]);
  return i < 0 ? null : i;
}

/** Structures in the alphabetical order of their codes (centre, liberal). */
const RANG_STRUCTURE: Readonly<Record<Structure, number>> = { centre: 0, liberal: 1 };

function cle(l: LigneLot, colonne: ColonneTri): number | null {
  if (colonne === 'ligne') return l.ligne;
  if (colonne === 'structure') return l.structure === null ? null : RANG_STRUCTURE[l.structure];
  if (colonne === 'verdict') return VERDICTS.indexOf(l.verdict);
  if (colonne === 'option') return rangOption(l);
  if (colonne === 'total') return l.total;
  return l.montants[Number(colonne.slice('annee'.length)) - 1] ?? null;
}

/** Stable sort; empty values always last, whatever the direction. */
export function trier(lignes: readonly LigneLot[], { colonne, sens }: Tri): LigneLot[] {
  const signe = sens === 'croissant' ? 1 : -1;
  const cles = lignes.map((l) => cle(l, colonne));
  const ordre = Array.from(lignes.keys()).sort((i, j) => {
    const x = cles[i] as number | null;
    const y = cles[j] as number | null;
    const a = (lignes[i] as LigneLot).ligne;
    const b = (lignes[j] as LigneLot).ligne;
    if (x === y) return a - b;
    if (x === null) return 1;
    if (y === null) return -1;
    return signe * (x - y);
  });
  return ordre.map((i) => lignes[i] as LigneLot);
}

export function compter(lignes: readonly LigneLot[]): Record<Verdict, number> {
  const n = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const l of lignes) n[l.verdict]++;
  return n;
}

export function nombreAnnees(lignes: readonly LigneLot[]): number {
  return lignes.reduce((max, l) => Math.max(max, l.montants.length), 0);
}
