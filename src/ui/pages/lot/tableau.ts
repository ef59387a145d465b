/** Filter, sort, count and page the result rows (pure: the page derives its view with useMemo). */
import { OPTIONS } from '../../../engine/index.ts';
import { VERDICTS, type Structure, type Verdict } from './messages.ts';
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

export function filtrer(lignes: readonly LigneLot[], f: Filtres): LigneLot[] {
  const texte = f.texte.trim().toLocaleLowerCase('fr-FR');
  return lignes.filter(
    (l) =>
      (f.verdict === '' || l.verdict === f.verdict) &&
      (f.structure === '' || l.structure === f.structure) &&
      (texte === '' || l.recherche.includes(texte)),
  );
}

/** Liberal options in their order of assistant time, then centres by ETP. */
function rangOption(l: LigneLot): number | null {
  if (l.etpCentre !== null) return OPTIONS.length + l.etpCentre;
  const i = OPTIONS.indexOf(l.option as (typeof OPTIONS)[number]);
  return i < 0 ? null : i;
}

function cle(l: LigneLot, colonne: ColonneTri): number | string | null {
  if (colonne === 'ligne') return l.ligne;
  if (colonne === 'structure') return l.structure;
  if (colonne === 'verdict') return VERDICTS.indexOf(l.verdict);
  if (colonne === 'option') return rangOption(l);
  if (colonne === 'total') return l.total;
  return l.montants[Number(colonne.slice('annee'.length)) - 1] ?? null;
}

/** Stable sort; empty values always last, whatever the direction. */
export function trier(lignes: readonly LigneLot[], { colonne, sens }: Tri): LigneLot[] {
  const signe = sens === 'croissant' ? 1 : -1;
  return [...lignes].sort((a, b) => {
    const x = cle(a, colonne);
    const y = cle(b, colonne);
    if (x === y) return a.ligne - b.ligne;
    if (x === null) return 1;
    if (y === null) return -1;
    const ordre =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'fr');
    return ordre === 0 ? a.ligne - b.ligne : signe * ordre;
  });
}

export function compter(lignes: readonly LigneLot[]): Record<Verdict, number> {
  const n = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const l of lignes) n[l.verdict]++;
  return n;
}

export function nombreAnnees(lignes: readonly LigneLot[]): number {
  return lignes.reduce((max, l) => Math.max(max, l.montants.length), 0);
}
