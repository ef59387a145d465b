/**
 * The case file of a simulation, version 1, validated with zod/mini at every boundary (file import,
 * browser storage): `{format, version, nom, enregistreLe, versionRegles, reponses, resultat}`.
 * `reponses` are the answers keyed by public field names (the URL format of src/ui/README.md).
 */
import * as z from 'zod/mini';
import { frDossiers } from './messages.ts';

export const FORMAT = 'simulateur-assistant-medical';
export const VERSION_DOSSIER = 1;
export const NOM_MAX = 80;
const REPONSES_MAX = 60;
const VALEUR_MAX = 500;

const texte = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const montant = z.nullable(z.number().check(z.refine(Number.isFinite)));

export const dossierSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION_DOSSIER),
  nom: texte(NOM_MAX),
  enregistreLe: z.iso.datetime(),
  versionRegles: texte(40),
  reponses: z
    .record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(VALEUR_MAX)))
    .check(z.refine((r) => Object.keys(r).length <= REPONSES_MAX)),
  resultat: z.object({
    total: montant,
    montants: z.array(montant).check(z.maxLength(60)),
  }),
});

export type Dossier = z.infer<typeof dossierSchema>;

export type Lecture<T> = { ok: true; valeur: T } | { ok: false; erreur: string };

type Issue = z.core.$ZodIssue;

function detail(issue: Issue, recu: unknown): string {
  const e = frDossiers.erreurs;
  switch (issue.code) {
    case 'invalid_type':
      return recu === undefined
        ? e.manquant
        : e.type(frDossiers.types[issue.expected] ?? issue.expected);
    case 'too_small':
      return e.vide;
    case 'too_big':
      return issue.origin === 'string'
        ? e.tropLong(Number(issue.maximum))
        : e.tropDElements(Number(issue.maximum));
    case 'invalid_format':
      return e.date;
    case 'custom':
      return issue.path.length === 1 && issue.path[0] === 'reponses'
        ? e.tropDElements(REPONSES_MAX)
        : e.invalide;
    default:
      return e.invalide;
  }
}

function valeurAu(racine: unknown, chemin: readonly PropertyKey[]): unknown {
  let courant = racine;
  for (const cle of chemin) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<PropertyKey, unknown>)[cle];
  }
  return courant;
}

/** The first issue, as a French sentence naming the field (its label, then its dotted path). */
function message(issue: Issue, brut: unknown): string {
  const chemin = issue.path.map(String);
  if (chemin[0] === 'format') return frDossiers.erreurs.format;
  if (chemin[0] === 'version')
    return frDossiers.erreurs.version(JSON.stringify(valeurAu(brut, issue.path)) ?? 'absente');
  const cle = chemin.join('.');
  const libelle =
    frDossiers.champs[cle] ??
    (chemin.length > 1
      ? `${frDossiers.champs[chemin.slice(0, 2).join('.')] ?? frDossiers.champs[chemin[0]!] ?? chemin[0]} (${chemin.slice(1).join('.')})`
      : cle);
  return frDossiers.erreurs.champ(libelle, detail(issue, valeurAu(brut, issue.path)));
}

/** Validates an already-parsed value; the format and version are checked first. */
export function validerDossier(brut: unknown): Lecture<Dossier> {
  const r = dossierSchema.safeParse(brut);
  if (r.success) return { ok: true, valeur: r.data };
  const issues = [...r.error.issues].sort((a, b) => rang(a) - rang(b));
  return { ok: false, erreur: message(issues[0]!, brut) };
}

const rang = (i: Issue) => (i.path[0] === 'format' ? 0 : i.path[0] === 'version' ? 1 : 2);

export const TAILLE_MAX_FICHIER = 200_000;

/** Reads a case file's text (an imported file): never throws. */
export function lireDossierJson(texteJson: string): Lecture<Dossier> {
  if (texteJson.length > TAILLE_MAX_FICHIER)
    return { ok: false, erreur: frDossiers.erreurs.taille };
  let brut: unknown;
  try {
    brut = JSON.parse(texteJson);
  } catch {
    return { ok: false, erreur: frDossiers.erreurs.json };
  }
  if (brut === null || typeof brut !== 'object' || Array.isArray(brut))
    return { ok: false, erreur: frDossiers.erreurs.format };
  return validerDossier(brut);
}
