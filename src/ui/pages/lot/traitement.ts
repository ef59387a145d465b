/**
 * The batch: CSV text → one result row per line (validation, then the engine on valid rows). Pure
 * and synchronous per slice; run in the Web Worker (travailleur.ts), or on the main thread with a
 * pause between slices when no Worker is available (tests, old browsers).
 */
import {
  simuler,
  validerSituation,
  type ErreurChamp,
  type RegimeId,
} from '../../../engine/index.ts';
import { lireCsv, type Entree } from './lire-csv.ts';
import { lienSimulateur } from './lien.ts';
import { txt, type Structure, type Verdict } from './messages.ts';

export interface LigneLot {
  ligne: number;
  structure: Structure | null;
  verdict: Verdict;
  raisons: { code: string; message: string }[];
  erreurs: ErreurChamp[];
  /** Liberal: option id; centre: total assistant ETP (`null` when unknown). */
  option: string | null;
  etpCentre: number | null;
  specialite: string | null;
  regime: RegimeId | null;
  montants: (number | null)[];
  total: number | null;
  /** `index.html?v=1&…`: this situation in the simulator. */
  lien: string;
  /** Lower-case text the search box looks into. */
  recherche: string;
}

export type ResultatLot = { ok: true; lignes: LigneLot[] } | { ok: false; message: string };

export interface OptionsTraitement {
  surProgres?: (fait: number, total: number) => void;
  /** Awaited between slices (the main-thread fallback yields to the browser there). */
  entreTranches?: () => Promise<void>;
  tranche?: number;
}

const structureDe = (v: unknown): Structure | null =>
  v === 'liberal' || v === 'centre' ? v : null;
const texteDe = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function recherche(ligne: Omit<LigneLot, 'recherche'>): string {
  const morceaux = [
    String(ligne.ligne),
    txt.verdicts[ligne.verdict],
    ligne.specialite ?? '',
    ...ligne.raisons.flatMap((r) => [r.code, r.message]),
    ...ligne.erreurs.map((e) => e.message),
  ];
  return morceaux.join(' ').toLocaleLowerCase('fr-FR');
}

export function traiterEntree({ ligne, valeur, erreurs }: Entree): LigneLot {
  const base = {
    ligne,
    structure: structureDe(valeur.structure),
    specialite: texteDe(valeur.specialite),
  };
  const validation = erreurs.length === 0 ? validerSituation(valeur) : null;
  if (!validation?.ok) {
    const sans: Omit<LigneLot, 'recherche'> = {
      ...base,
      verdict: 'invalide',
      raisons: [],
      erreurs: validation ? validation.erreurs : erreurs,
      option: texteDe(valeur.option),
      etpCentre: null,
      regime: null,
      montants: [],
      total: null,
      lien: lienSimulateur(valeur, false),
    };
    return { ...sans, recherche: recherche(sans) };
  }
  const s = validation.situation;
  const r = simuler(s);
  const faite: Omit<LigneLot, 'recherche'> = {
    ...base,
    verdict: r.eligibilite.statut,
    raisons: r.eligibilite.raisons.map(({ code, message }) => ({ code, message })),
    erreurs: [],
    option: r.option,
    etpCentre:
      s.structure === 'centre' && s.assistants
        ? s.assistants.reduce((somme, a) => somme + a.etp, 0)
        : null,
    regime: r.regime,
    montants: r.annees.map((a) => a.montant),
    total: r.total,
    lien: lienSimulateur(valeur, true),
  };
  return { ...faite, recherche: recherche(faite) };
}

export async function traiterCsv(
  texte: string,
  nom: string,
  { surProgres, entreTranches, tranche = 250 }: OptionsTraitement = {},
): Promise<ResultatLot> {
  const lecture = lireCsv(texte, nom);
  if (!lecture.ok) return lecture;
  const { entrees } = lecture;
  const lignes: LigneLot[] = new Array(entrees.length);
  surProgres?.(0, entrees.length);
  for (let debut = 0; debut < entrees.length; debut += tranche) {
    const fin = Math.min(debut + tranche, entrees.length);
    for (let i = debut; i < fin; i++) lignes[i] = traiterEntree(entrees[i] as Entree);
    surProgres?.(fin, entrees.length);
    if (entreTranches && fin < entrees.length) await entreTranches();
  }
  return { ok: true, lignes };
}
