/**
 * A case file from the answers: what is kept (answers, rules version, amounts), the URL that reopens
 * it, and whether the current rules still give the same amounts. Pure: the clock is an argument.
 */
import { VERSION_REGLES } from '../../engine/saisie.ts';
import { type Resultat } from '../../engine/simulation.ts';
import { analyser } from '../state/analyse.ts';
import { CHAMPS, type Reponses } from '../state/champs.ts';
import { simulerSansPanne } from '../state/simulation.ts';
import { ecrireUrl } from '../state/url.ts';
import { FORMAT, NOM_MAX, VERSION_DOSSIER, type Dossier } from './schema.ts';

export interface Resume {
  total: number | null;
  montants: (number | null)[];
}

export function resumer(resultat: Resultat | null): Resume {
  if (resultat === null) return { total: null, montants: [] };
  return { total: resultat.total, montants: resultat.annees.map((a) => a.montant) };
}

/** Only the answers of the public format that the schema accepts; the others are named. */
export function nettoyerReponses(reponses: Readonly<Record<string, string>>): {
  reponses: Record<string, string>;
  ecartees: string[];
} {
  const connues: Record<string, string> = {};
  const ecartees: string[] = [];
  for (const [cle, valeur] of Object.entries(reponses)) {
    if (Object.hasOwn(CHAMPS, cle)) connues[cle] = valeur;
    else ecartees.push(cle);
  }
  const invalides = analyser(connues).ecartees;
  for (const cle of invalides) {
    delete connues[cle];
    ecartees.push(cle);
  }
  return { reponses: connues, ecartees };
}

export function recalculer(reponses: Reponses): Resume {
  return resumer(simulerSansPanne(analyser(reponses).situation));
}

export function creerDossier(
  nom: string,
  reponses: Reponses,
  resultat: Resultat | null,
  maintenant: Date,
): Dossier {
  return {
    format: FORMAT,
    version: VERSION_DOSSIER,
    nom: nom.trim().slice(0, NOM_MAX),
    enregistreLe: maintenant.toISOString(),
    versionRegles: resultat?.versionRegles ?? VERSION_REGLES,
    reponses: nettoyerReponses(reponses).reponses,
    resultat: resumer(resultat),
  };
}

/** The simulator's address (relative to the pages at the root) that reopens the saved answers. */
export function lienDossier(dossier: Dossier): string {
  return `index.html${ecrireUrl(dossier.reponses, 'resultats')}`;
}

export interface LigneEcart {
  annee: number;
  ancien: number | null;
  nouveau: number | null;
}

export interface EtatDossier {
  /** The rules version recorded differs from the current one. */
  reglesChangees: boolean;
  /** The amounts recorded differ (to the cent) from a fresh computation. */
  montantsChanges: boolean;
  nouveau: Resume;
  /** Year by year, every year of either computation. */
  lignes: LigneEcart[];
}

const centimes = (m: number | null | undefined) =>
  m === null || m === undefined ? m : Math.round(m * 100);

export function etatDossier(dossier: Dossier): EtatDossier {
  const nouveau = recalculer(dossier.reponses);
  const ancien = dossier.resultat;
  const n = Math.max(ancien.montants.length, nouveau.montants.length);
  const lignes = Array.from({ length: n }, (_, i) => ({
    annee: i + 1,
    ancien: ancien.montants[i] ?? null,
    nouveau: nouveau.montants[i] ?? null,
  }));
  const montantsChanges =
    centimes(ancien.total) !== centimes(nouveau.total) ||
    ancien.montants.length !== nouveau.montants.length ||
    lignes.some((l) => centimes(l.ancien) !== centimes(l.nouveau));
  return {
    reglesChangees: dossier.versionRegles !== VERSION_REGLES,
    montantsChanges,
    nouveau,
    lignes,
  };
}

/** The same case file computed with the current rules (the saving date is kept). */
export function dossierRecalcule(dossier: Dossier, etat: EtatDossier): Dossier {
  return { ...dossier, versionRegles: VERSION_REGLES, resultat: etat.nouveau };
}

export function versJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}

/** "Cabinet Dupont, 2025" → "simulation-cabinet-dupont-2025.json". */
export function nomDeFichier(dossier: Dossier): string {
  const base = dossier.nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `simulation-${base || 'sans-nom'}.json`;
}
