/**
 * The results table of the advisor's exports (command line `--format xlsx` / `csv-fr`, lot.html's
 * « Excel (.xlsx) » and « CSV pour Excel (;) »): one row per input row, with the row's number, the
 * `reference`, the input columns as read (public field names, so the file reads back to the same
 * situations), then the verdict, the reasons in words, the regime and option retained, the
 * objectives, the yearly amounts and the total. The result columns have French names that the
 * reader ignores (alias.ts), so an export re-imports as it is.
 */
import { COLONNES_RESULTAT as C } from './alias.ts';
import { CHAMPS } from './champs.ts';
import { formatCsv, texteCsv } from './ecrire-csv.ts';

export type Statut = 'eligible' | 'ineligible' | 'a-confirmer' | 'incomplet' | 'invalide';

export const LIBELLES_STATUT: Readonly<Record<Statut, string>> = {
  eligible: 'Éligible',
  ineligible: 'Pas éligible',
  'a-confirmer': 'À confirmer',
  incomplet: 'Incomplet',
  invalide: 'Ligne invalide',
};

export interface LigneResultat {
  /** The row's number: its line in the file (lot.html) or its index from 1 (command line). */
  numero: number;
  reference: string | null;
  /** The row as read: field paths → values (nested objects and lists as the reader builds them). */
  entree: Record<string, unknown>;
  statut: Statut;
  /** Reasons in words (or, for an invalid row, the validation messages). */
  raisons: string[];
  regime: string | null;
  option: string | number | null;
  objectif: { mt: number | null; fileActive: number | null };
  montants: (number | null)[];
  total: number | null;
}

export type CelluleTableau = string | number | null;

/** Flat input cells: `patientele.mtAdultes` → 1200, `atteinte` → `1;1;0.6`, booleans `oui`/`non`. */
function aplatir(valeur: unknown, chemin: string, sortie: Map<string, CelluleTableau>): void {
  if (valeur === undefined || valeur === null || valeur === '') return;
  if (Array.isArray(valeur)) {
    if (valeur.every((v) => v === null || typeof v !== 'object')) {
      sortie.set(chemin, valeur.map((v) => cellule(v) ?? '').join(';'));
    } else valeur.forEach((v, i) => aplatir(v, `${chemin}.${i}`, sortie));
    return;
  }
  if (typeof valeur === 'object') {
    for (const [cle, v] of Object.entries(valeur))
      aplatir(v, chemin ? `${chemin}.${cle}` : cle, sortie);
    return;
  }
  sortie.set(chemin, cellule(valeur));
}

function cellule(valeur: unknown): CelluleTableau {
  if (typeof valeur === 'boolean') return valeur ? 'oui' : 'non';
  if (typeof valeur === 'number') return Number.isFinite(valeur) ? valeur : String(valeur);
  if (valeur === null || valeur === undefined) return null;
  return String(valeur);
}

/** Input columns in the catalogue's order (unknown columns last, as read). */
function ordreColonnes(colonnes: Iterable<string>): string[] {
  const rang = new Map([...CHAMPS.keys()].map((cle, i) => [cle, i]));
  const rangDe = (c: string) => rang.get(c.replace(/\.\d+(?=\.|$)/g, '.#')) ?? Infinity;
  return [...colonnes].sort((a, b) => rangDe(a) - rangDe(b) || a.localeCompare(b));
}

const centimes = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;

/** Header then one row per result; numbers stay numbers (each writer formats them). */
export function tableauResultats(lignes: readonly LigneResultat[]): CelluleTableau[][] {
  const entrees = lignes.map((l) => {
    const cellules = new Map<string, CelluleTableau>();
    aplatir(l.entree, '', cellules);
    cellules.delete('reference');
    return cellules;
  });
  const colonnes = ordreColonnes(new Set(entrees.flatMap((e) => [...e.keys()])));
  const annees = Math.max(0, ...lignes.map((l) => l.montants.length));
  const entete: CelluleTableau[] = [
    C.ligne,
    'reference',
    ...colonnes,
    C.verdict,
    C.statut,
    C.raisons,
    C.regime,
    C.option,
    C.objectifMt,
    C.objectifFileActive,
    ...Array.from({ length: annees }, (_, i) => C.annee(i + 1)),
    C.total,
  ];
  const corps = lignes.map((l, n): CelluleTableau[] => [
    l.numero,
    l.reference,
    ...colonnes.map((c) => entrees[n]?.get(c) ?? null),
    LIBELLES_STATUT[l.statut],
    l.statut,
    l.raisons.join(' | '),
    l.regime,
    l.option,
    l.objectif.mt,
    l.objectif.fileActive,
    ...Array.from({ length: annees }, (_, i) => centimes(l.montants[i] ?? null)),
    centimes(l.total),
  ]);
  return [entete, ...corps];
}

/** French spreadsheets' CSV: `;`, decimal comma, UTF-8 BOM, CRLF; formulas neutralised. */
export const FORMAT_CSV_FR = formatCsv({
  separateur: ';',
  virguleDecimale: true,
  bom: true,
  finDeLigne: '\r\n',
});

export const csvFrancais = (lignes: readonly LigneResultat[]): string =>
  texteCsv(tableauResultats(lignes), FORMAT_CSV_FR);
