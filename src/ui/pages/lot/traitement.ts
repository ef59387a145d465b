/**
 * The batch: the file's bytes → one result row per line (validation, then the engine on valid
 * rows), handed over slice by slice. Pure and synchronous per slice; run by serveur.ts in the Web
 * Worker, or on the main thread with a pause between slices when no Worker is available (tests,
 * old browsers). Stops between two slices when cancelled, refuses a file over LIGNES_MAX.
 */
import { simuler } from '../../../engine/simulation.ts';
import { validerSituation, type ErreurChamp, type RegimeId } from '../../../engine/saisie.ts';
import { LIGNES_MAX, LIGNES_PAR_TRANCHE } from './limites.ts';
import { lireFichier, type Entree } from './lire-csv.ts';
import { lienSimulateur } from './lien.ts';
import { txt, type Structure, type Verdict } from './messages.ts';

export interface LigneLot {
  ligne: number;
  structure: Structure | null;
  verdict: Verdict;
  raisons: { code: string; message: string }[];
  erreurs: ErreurChamp[];
  /** Liberal: option id; centre: total assistant ETP; group: ETP funded (`null` when unknown). */
  option: string | null;
  etpCentre: number | null;
  specialite: string | null;
  /** The user's identifier of the row (`reference` column), as read, valid or not. */
  reference: string | null;
  regime: RegimeId | null;
  montants: (number | null)[];
  total: number | null;
  /** `index.html?v=1&…`: this situation in the simulator. */
  lien: string;
  /** The row as read (field paths → typed cells), for the exports' input columns. */
  entree: Record<string, unknown>;
  /** Patients to add (null where not applicable or not known). */
  objectif: { mt: number | null; fileActive: number | null };
}

/** How a batch ended: every row, a refusal of the whole file (with its message), or a cancel. */
export type ResultatLot =
  { etat: 'fini'; lignes: LigneLot[] } | { etat: 'refuse'; message: string } | { etat: 'annule' };
export type IssueLot = { etat: 'fini'; total: number } | Exclude<ResultatLot, { etat: 'fini' }>;

export interface OptionsTraitement {
  /** Receives each slice of rows as soon as it is simulated, with the progress. */
  surTranche?: (lignes: LigneLot[], fait: number, total: number) => void;
  /** Awaited between slices (the main-thread fallback yields to the browser there). */
  entreTranches?: () => Promise<void>;
  /** Asked before each slice: true stops the batch there. */
  estAnnule?: () => boolean;
  tranche?: number;
}

const structureDe = (v: unknown): Structure | null =>
  v === 'liberal' || v === 'centre' || v === 'collectif' ? v : null;
const texteDe = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function traiterEntree({ ligne, valeur, erreurs }: Entree): LigneLot {
  const base = {
    ligne,
    structure: structureDe(valeur.structure),
    specialite: texteDe(valeur.specialite),
    reference: texteDe(valeur.reference),
    entree: valeur,
  };
  const validation = erreurs.length === 0 ? validerSituation(valeur) : null;
  if (!validation?.ok) {
    return {
      ...base,
      verdict: 'invalide',
      raisons: [],
      erreurs: validation ? validation.erreurs : erreurs,
      option: texteDe(valeur.option),
      etpCentre: null,
      regime: null,
      montants: [],
      total: null,
      objectif: { mt: null, fileActive: null },
      lien: lienSimulateur(valeur, false),
    };
  }
  const s = validation.situation;
  const r = simuler(s);
  return {
    ...base,
    verdict: r.eligibilite.statut,
    raisons: r.eligibilite.raisons.map(({ code, message }) => ({ code, message })),
    erreurs: [],
    option: r.option,
    etpCentre:
      s.structure === 'centre' && s.assistants
        ? s.assistants.reduce((somme, a) => somme + a.etp, 0)
        : s.structure === 'collectif'
          ? (r.etpRetenu ?? null)
          : null,
    regime: r.regime,
    montants: r.annees.map((a) => a.montant),
    total: r.total,
    objectif: { mt: r.objectif.mt, fileActive: r.objectif.fileActive },
    lien: lienSimulateur(valeur, true),
  };
}

/**
 * Reads (the bytes go to the shared reader, which detects encoding and separator), checks the row
 * limit, then simulates slice by slice.
 */
export async function traiterFichier(
  source: string | Uint8Array,
  nom: string,
  options: OptionsTraitement = {},
): Promise<IssueLot> {
  const { surTranche, entreTranches, estAnnule = () => false } = options;
  const { tranche = LIGNES_PAR_TRANCHE } = options;
  const lue = lireFichier(source, nom);
  const lecture = lue instanceof Promise ? await lue : lue;
  if (!lecture.ok) return { etat: 'refuse', message: lecture.message };
  const { entrees } = lecture;
  if (entrees.length > LIGNES_MAX)
    return { etat: 'refuse', message: txt.depot.tropDeLignes(nom, entrees.length) };
  for (let debut = 0; debut < entrees.length; debut += tranche) {
    if (estAnnule()) return { etat: 'annule' };
    const fin = Math.min(debut + tranche, entrees.length);
    const lignes: LigneLot[] = [];
    for (let i = debut; i < fin; i++) lignes.push(traiterEntree(entrees[i] as Entree));
    surTranche?.(lignes, fin, entrees.length);
    if (entreTranches && fin < entrees.length) await entreTranches();
  }
  return estAnnule() ? { etat: 'annule' } : { etat: 'fini', total: entrees.length };
}

/** The whole batch in one array (tests, small files). */
export async function traiterCsv(
  source: string | Uint8Array,
  nom: string,
  options: Omit<OptionsTraitement, 'surTranche'> = {},
): Promise<ResultatLot> {
  const lignes: LigneLot[] = [];
  const issue = await traiterFichier(source, nom, {
    ...options,
    surTranche: (tranche) => lignes.push(...tranche),
  });
  return issue.etat === 'fini' ? { etat: 'fini', lignes } : issue;
}
