/**
 * Filter, sort and count the result rows (pure), where they live: in the worker (serveur.ts,
 * vues.ts), which sends the page one page of them at a time.
 * Sized for 100,000 rows: no search text stored per row (the few distinct messages are lowered
 * once and remembered), sort keys computed once per row and compared as numbers.
 */
import { OPTIONS } from '../../../engine/saisie.ts';
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
export const PAR_PAGE = 50;

/**
 * Whether a row holds the text: row number, verdict, specialty, reason codes and sentences, error
 * messages. A batch repeats the same few texts: each one is lowered and tested once per search.
 */
function chercheur(texte: string): (l: LigneLot) => boolean {
  const vus = new Map<string, boolean>();
  const a = (morceau: string): boolean => {
    let oui = vus.get(morceau);
    if (oui === undefined) {
      oui = morceau.toLocaleLowerCase('fr-FR').includes(texte);
      vus.set(morceau, oui);
    }
    return oui;
  };
  return (l) =>
    String(l.ligne).includes(texte) ||
    a(txt.verdicts[l.verdict]) ||
    (l.specialite !== null && a(l.specialite)) ||
    l.raisons.some((r) => a(r.code) || a(r.message)) ||
    l.erreurs.some((e) => a(e.message));
}

export function filtrer(lignes: readonly LigneLot[], f: Filtres): readonly LigneLot[] {
  const texte = f.texte.trim().toLocaleLowerCase('fr-FR');
  if (f.verdict === '' && f.structure === '' && texte === '') return lignes;
  const contient = texte === '' ? () => true : chercheur(texte);
  return lignes.filter(
    (l) =>
      (f.verdict === '' || l.verdict === f.verdict) &&
      (f.structure === '' || l.structure === f.structure) &&
      contient(l),
  );
}

/** Liberal options in their order of assistant time, then centres by ETP. */
function rangOption(l: LigneLot): number | null {
  if (l.etpCentre !== null) return OPTIONS.length + l.etpCentre;
  const i = OPTIONS.indexOf(l.option as (typeof OPTIONS)[number]);
  return i < 0 ? null : i;
}

/** Structures in the alphabetical order of their codes (centre, collectif, liberal). */
const RANG_STRUCTURE: Readonly<Record<Structure, number>> = {
  centre: 0,
  collectif: 1,
  liberal: 2,
};

function cle(l: LigneLot, colonne: ColonneTri): number | null {
  if (colonne === 'ligne') return l.ligne;
  if (colonne === 'structure') return l.structure === null ? null : RANG_STRUCTURE[l.structure];
  if (colonne === 'verdict') return VERDICTS.indexOf(l.verdict);
  if (colonne === 'option') return rangOption(l);
  if (colonne === 'total') return l.total;
  return l.montants[Number(colonne.slice('annee'.length)) - 1] ?? null;
}

/** Positions up to 2^17 (131,072 ≥ LIGNES_MAX) fit under a key in one exact float64. */
const BITS_POSITION = 17;
const CLE_MAX = 2 ** (52 - BITS_POSITION);

/**
 * Stable sort; empty values always last, whatever the direction. Keys in hundredths, each packed
 * with the row's position into one number, sorted natively (a typed array, no comparator call):
 * 100,000 rows sort in a few milliseconds. Rows arrive in file order: the initial sort is free.
 */
export function trier(lignes: readonly LigneLot[], { colonne, sens }: Tri): readonly LigneLot[] {
  const croissant = sens === 'croissant';
  if (
    colonne === 'ligne' &&
    croissant &&
    lignes.every((l, i) => i === 0 || lignes[i - 1]!.ligne < l.ligne)
  )
    return lignes;
  const signe = croissant ? 1 : -1;
  const paquets = new Float64Array(lignes.length);
  const vides: LigneLot[] = [];
  let n = 0;
  for (let i = 0; i < lignes.length; i++) {
    const x = cle(lignes[i] as LigneLot, colonne);
    if (x === null) vides.push(lignes[i] as LigneLot);
    else {
      const entier = signe * Math.round(x * 100);
      if (Math.abs(entier) >= CLE_MAX || lignes.length > 2 ** BITS_POSITION)
        return trierLentement(lignes, colonne, signe);
      paquets[n++] = entier * 2 ** BITS_POSITION + i;
    }
  }
  const tries = paquets.subarray(0, n).sort();
  const resultat: LigneLot[] = new Array(lignes.length);
  for (let k = 0; k < n; k++) {
    const paquet = tries[k] as number;
    resultat[k] = lignes[
      paquet - Math.floor(paquet / 2 ** BITS_POSITION) * 2 ** BITS_POSITION
    ] as LigneLot;
  }
  for (let k = 0; k < vides.length; k++) resultat[n + k] = vides[k] as LigneLot;
  return resultat;
}

/** The same order with a comparator, for keys too large to pack (never met in practice). */
function trierLentement(
  lignes: readonly LigneLot[],
  colonne: ColonneTri,
  signe: number,
): LigneLot[] {
  return [...lignes].sort((a, b) => {
    const x = cle(a, colonne);
    const y = cle(b, colonne);
    if (x === y) return a.ligne - b.ligne;
    if (x === null) return 1;
    if (y === null) return -1;
    return signe * (x - y) || a.ligne - b.ligne;
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
