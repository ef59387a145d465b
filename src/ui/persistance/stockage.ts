/**
 * Saved simulations in the browser (localStorage), under one key: a JSON list of case files
 * (schema.ts). Every read validates; a corrupt or tampered entry is dropped or migrated with a
 * notice and the cleaned list written back. Never throws: storage errors become notices.
 */
import { nettoyerReponses } from './dossier.ts';
import { frDossiers } from './messages.ts';
import { NOM_MAX, validerDossier, type Dossier } from './schema.ts';

export const CLE_STOCKAGE = 'simulateur-assistant-medical.dossiers';

export type Stockage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Liste {
  dossiers: Dossier[];
  notices: string[];
}

export type Ecriture = { ok: true; dossier: Dossier; liste: Liste } | { ok: false; erreur: string };

/** window.localStorage, or null where the browser refuses it (disabled storage, sandbox). */
export function stockageNavigateur(): Stockage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function lire(stockage: Stockage): Liste & { modifie: boolean } {
  let texte: string | null;
  try {
    texte = stockage.getItem(CLE_STOCKAGE);
  } catch {
    return { dossiers: [], notices: [frDossiers.notices.indisponible], modifie: false };
  }
  if (texte === null) return { dossiers: [], notices: [], modifie: false };
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return { dossiers: [], notices: [frDossiers.notices.illisible], modifie: true };
  }
  if (!Array.isArray(brut))
    return { dossiers: [], notices: [frDossiers.notices.illisible], modifie: true };
  const dossiers: Dossier[] = [];
  const notices: string[] = [];
  let modifie = false;
  brut.forEach((element: unknown, i) => {
    const lu = validerDossier(element);
    if (!lu.ok) {
      notices.push(frDossiers.notices.ecartee(i + 1, lu.erreur));
      modifie = true;
      return;
    }
    const nettoyees = nettoyerReponses(lu.valeur.reponses);
    const reponses = nettoyees.reponses;
    const ecartees = [...lu.ecartees, ...nettoyees.ecartees];
    if (ecartees.length > 0) {
      notices.push(frDossiers.notices.reponsesEcartees(lu.valeur.nom, ecartees));
      modifie = true;
    }
    const nom = nomLibre(lu.valeur.nom, dossiers);
    if (nom !== lu.valeur.nom) modifie = true;
    dossiers.push({ ...lu.valeur, nom, reponses });
  });
  return { dossiers, notices, modifie };
}

function estQuota(erreur: unknown): boolean {
  if (!(erreur instanceof Error) && !(typeof erreur === 'object' && erreur !== null)) return false;
  const { name, code } = erreur as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function ecrire(stockage: Stockage, dossiers: readonly Dossier[]): string | null {
  try {
    if (dossiers.length === 0) stockage.removeItem(CLE_STOCKAGE);
    else stockage.setItem(CLE_STOCKAGE, JSON.stringify(dossiers));
    return null;
  } catch (erreur) {
    return estQuota(erreur) ? frDossiers.notices.quota : frDossiers.notices.ecriture;
  }
}

/** The saved list; a cleaned list is written back (once) so the notices are not repeated. */
export function lireDossiers(stockage: Stockage | null): Liste {
  if (stockage === null) return { dossiers: [], notices: [frDossiers.notices.indisponible] };
  const { dossiers, notices, modifie } = lire(stockage);
  if (modifie) {
    const erreur = ecrire(stockage, dossiers);
    if (erreur) notices.push(erreur);
  }
  return { dossiers, notices };
}

/** A name no saved simulation uses yet: "Cabinet", then "Cabinet (2)", "Cabinet (3)"… */
export function nomLibre(nom: string, existants: readonly Dossier[]): string {
  const pris = new Set(existants.map((d) => d.nom));
  if (!pris.has(nom)) return nom;
  for (let n = 2; ; n += 1) {
    const suffixe = ` (${n})`;
    const candidat = `${nom.slice(0, NOM_MAX - suffixe.length)}${suffixe}`;
    if (!pris.has(candidat)) return candidat;
  }
}

/** The saved simulation of that name, if any. */
export function dossierNomme(stockage: Stockage | null, nom: string): Dossier | null {
  if (stockage === null) return null;
  return lire(stockage).dossiers.find((d) => d.nom === nom) ?? null;
}

/** Same answers, whatever their order: saving it again updates it rather than copying it. */
export function memesReponses(a: Dossier, b: Dossier): boolean {
  const cles = (d: Dossier) => Object.keys(d.reponses).sort();
  const ka = cles(a);
  const kb = cles(b);
  return (
    ka.length === kb.length && ka.every((k, i) => k === kb[i] && a.reponses[k] === b.reponses[k])
  );
}

/** Adds a simulation (never overwrites one: a taken name gets a number). */
export function enregistrerDossier(stockage: Stockage | null, dossier: Dossier): Ecriture {
  if (stockage === null) return { ok: false, erreur: frDossiers.notices.indisponible };
  const { dossiers, notices } = lire(stockage);
  const ajoute = { ...dossier, nom: nomLibre(dossier.nom, dossiers) };
  const liste = [...dossiers, ajoute];
  const erreur = ecrire(stockage, liste);
  if (erreur) return { ok: false, erreur };
  return { ok: true, dossier: ajoute, liste: { dossiers: liste, notices } };
}

/** Replaces the simulation of the same name (after a recomputation with the current rules). */
export function remplacerDossier(stockage: Stockage | null, dossier: Dossier): Ecriture {
  if (stockage === null) return { ok: false, erreur: frDossiers.notices.indisponible };
  const { dossiers, notices } = lire(stockage);
  const liste = dossiers.map((d) => (d.nom === dossier.nom ? dossier : d));
  const erreur = ecrire(stockage, liste);
  if (erreur) return { ok: false, erreur };
  return { ok: true, dossier, liste: { dossiers: liste, notices } };
}

export function supprimerDossier(stockage: Stockage | null, nom: string): Ecriture | null {
  if (stockage === null) return { ok: false, erreur: frDossiers.notices.indisponible };
  const { dossiers, notices } = lire(stockage);
  const supprime = dossiers.find((d) => d.nom === nom);
  if (!supprime) return null;
  const liste = dossiers.filter((d) => d.nom !== nom);
  const erreur = ecrire(stockage, liste);
  if (erreur) return { ok: false, erreur };
  return { ok: true, dossier: supprime, liste: { dossiers: liste, notices } };
}
