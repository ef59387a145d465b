/**
 * Parse at the boundary: one entry that validates a situation and turns zod issues into French
 * sentences that name the field (its dotted path, as in the public format).
 */
import type * as z from 'zod/mini';
import { schemaDeStructure, verificationDeStructure, type Situation } from './situation.ts';
import { specialitesProches } from './specialites.ts';
import { DATE_MAX, DATE_MIN, horsPlage } from './date-iso.ts';

export interface ErreurChamp {
  /** Dotted path of the field, as in the public format (`patientele.mtAdultes`, `assistants.0.etp`). */
  champ: string;
  message: string;
}

export type ResultatValidation =
  { ok: true; situation: Situation } | { ok: false; erreurs: ErreurChamp[] };

type Issue = z.core.$ZodIssue;

const TYPES: Record<string, string> = {
  number: 'un nombre',
  int: 'un nombre entier',
  string: 'une chaîne de caractères',
  boolean: 'un booléen (true ou false)',
  object: 'un objet',
  array: 'une liste',
};

export function cheminChamp(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function decrire(valeur: unknown): string {
  if (valeur === undefined) return 'absent';
  if (typeof valeur === 'string') {
    const court = valeur.length > 40 ? `${valeur.slice(0, 40)}…` : valeur;
    return `« ${court} »`;
  }
  if (typeof valeur === 'number' || typeof valeur === 'boolean' || valeur === null)
    return String(valeur);
  if (Array.isArray(valeur)) return 'une liste';
  return 'un objet';
}

function valeurAuChemin(racine: unknown, path: readonly PropertyKey[]): unknown {
  let courant: unknown = racine;
  for (const cle of path) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<PropertyKey, unknown>)[cle];
  }
  return courant;
}

function phrase(issue: Issue, recu: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (recu === undefined) return 'champ obligatoire manquant';
      const attendu = TYPES[issue.expected] ?? issue.expected;
      return `doit être ${attendu} (reçu : ${decrire(recu)})`;
    }
    case 'too_small': {
      if (issue.origin === 'array' || issue.origin === 'string') return 'ne doit pas être vide';
      const borne = Number(issue.minimum);
      if (!issue.inclusive)
        return `doit être strictement supérieur à ${borne} (reçu : ${decrire(recu)})`;
      return `doit être supérieur ou égal à ${borne} (reçu : ${decrire(recu)})`;
    }
    case 'too_big': {
      if (issue.origin === 'array')
        return `ne doit pas compter plus de ${Number(issue.maximum)} éléments`;
      if (issue.origin === 'string')
        return `ne doit pas dépasser ${Number(issue.maximum)} caractères`;
      return `doit être inférieur ou égal à ${Number(issue.maximum)} (reçu : ${decrire(recu)})`;
    }
    case 'invalid_value': {
      const permis = issue.values.map((v) => `« ${String(v)} »`).join(', ');
      return `valeur non reconnue ${decrire(recu)} ; valeurs possibles : ${permis}`;
    }
    case 'custom':
      if (issue.message === 'maitres-de-stage-au-dela')
        return `ne peut dépasser medecinsAdherents (reçu : ${decrire(recu)})`;
      if (recu === undefined) return 'champ obligatoire manquant';
      if (typeof recu === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(recu) && horsPlage(recu))
        return `date hors de la plage acceptée ${decrire(recu)} : entre le ${DATE_MIN} et le ${DATE_MAX}`;
      return `date impossible ou mal écrite ${decrire(recu)} ; format attendu AAAA-MM-JJ (ex. 2024-06-22)`;
    default:
      return 'valeur invalide';
  }
}

/** An unknown specialty: the closest slugs, and `autre` for one the catalogue lacks (§8.1). */
function messageSpecialite(recu: unknown): string {
  const proches = typeof recu === 'string' ? specialitesProches(recu) : [];
  const suggestion =
    proches.length > 0
      ? ` ; voulez-vous dire ${proches.map((s) => `« ${s} »`).join(' ou ')} ?`
      : '';
  return `spécialité inconnue ${decrire(recu)}${suggestion} (la liste des spécialités est dans le README ; « autre » pour une spécialité qui n'y figure pas)`;
}

/** One French sentence per issue; unknown keys give one error per key, named by its full path. */
export function erreursFrancaises(issues: readonly Issue[], entree: unknown): ErreurChamp[] {
  const erreurs: ErreurChamp[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const cle of issue.keys) {
        const champ = cheminChamp([...issue.path, cle]);
        erreurs.push({
          champ,
          message: `${champ} : champ inconnu (faute de frappe ?), il n'est pas accepté ici`,
        });
      }
      continue;
    }
    const champ = cheminChamp(issue.path) || 'situation';
    const recu = valeurAuChemin(entree, issue.path);
    let message = phrase(issue, recu);
    if (champ === 'specialite' && issue.code === 'invalid_value') {
      message = messageSpecialite(recu);
    } else if (champ === 'regime' && issue.code === 'invalid_value') {
      message = `le régime ${decrire(recu)} ne correspond pas à cette structure ; valeurs possibles : ${issue.values.map((v) => `« ${String(v)} »`).join(', ')}`;
    }
    erreurs.push({ champ, message: `${champ} : ${message}` });
  }
  return erreurs;
}

export function validerSituation(entree: unknown): ResultatValidation {
  if (entree === null || typeof entree !== 'object' || Array.isArray(entree)) {
    return {
      ok: false,
      erreurs: [
        {
          champ: 'situation',
          message: `situation : un objet JSON est attendu (reçu : ${decrire(entree)})`,
        },
      ],
    };
  }
  const structure = (entree as { structure?: unknown }).structure;
  if (structure !== 'liberal' && structure !== 'centre' && structure !== 'collectif') {
    return {
      ok: false,
      erreurs: [
        {
          champ: 'structure',
          message: `structure : doit valoir « liberal », « centre » ou « collectif » (reçu : ${decrire(structure)})`,
        },
      ],
    };
  }
  // A plainly valid situation skips zod (same result); zod decides and explains the others.
  const rapide = verificationDeStructure[structure](entree);
  if (rapide !== null) return { ok: true, situation: rapide as Situation };
  const resultat = schemaDeStructure[structure].safeParse(entree);
  if (resultat.success) return { ok: true, situation: resultat.data };
  return { ok: false, erreurs: erreursFrancaises(resultat.error.issues, entree) };
}
