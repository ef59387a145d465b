/**
 * The case file of a simulation, version 1, validated with zod/mini at every boundary (file import,
 * browser storage): `{format, version, nom, enregistreLe, versionRegles, reponses, resultat}`.
 * `reponses` are the answers keyed by public field names (the URL format of src/ui/README.md).
 */
import * as z from 'zod/mini';
import { CHAMPS } from '../state/champs.ts';
import { frDossiers } from './messages.ts';

export const FORMAT = 'simulateur-assistant-medical';
export const VERSION_DOSSIER = 1;
export const NOM_MAX = 80;
const VALEUR_MAX = 500;

const texte = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Only the zod/mini constructors the engine's schemas already use (none added to the first load). */
const montant = z.union([z.number().check(z.refine(Number.isFinite)), z.literal(null)]);
const ISO_DATE_HEURE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const dateHeure = z
  .string()
  .check(z.refine((s) => ISO_DATE_HEURE.test(s) && !Number.isNaN(Date.parse(s)), { abort: true }));

/** Answers: only the public field names (src/ui/README.md), each a string. */
const reponsesSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(CHAMPS).map((cle) => [cle, z.optional(z.string().check(z.maxLength(VALEUR_MAX)))]),
  ) as Record<string, z.ZodMiniOptional<z.ZodMiniString>>,
);

export const dossierSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION_DOSSIER),
  nom: texte(NOM_MAX),
  enregistreLe: dateHeure,
  versionRegles: texte(40),
  reponses: reponsesSchema,
  resultat: z.strictObject({
    total: montant,
    montants: z.array(montant).check(z.maxLength(60)),
  }),
});

export type Dossier = Omit<z.infer<typeof dossierSchema>, 'reponses'> & {
  reponses: Record<string, string>;
};

export type Lecture<T> =
  | { ok: true; valeur: T; /** Answers of unknown fields, set aside. */ ecartees: string[] }
  | { ok: false; erreur: string };

type Issue = z.core.$ZodIssue;

/** Own-property lookup: a field named `constructor` or `toString` is not Object.prototype's. */
function propre(table: Readonly<Record<string, string>>, cle: string): string | undefined {
  return Object.hasOwn(table, cle) ? table[cle] : undefined;
}

function detail(issue: Issue, recu: unknown): string {
  const e = frDossiers.erreurs;
  switch (issue.code) {
    case 'invalid_type':
      return recu === undefined
        ? e.manquant
        : e.type(propre(frDossiers.types, issue.expected) ?? issue.expected);
    case 'too_small':
      return e.vide;
    case 'too_big':
      return issue.origin === 'string'
        ? e.tropLong(Number(issue.maximum))
        : e.tropDElements(Number(issue.maximum));
    case 'invalid_union':
      return e.montant;
    case 'custom':
      return issue.path[0] === 'enregistreLe' ? e.date : e.invalide;
    case 'unrecognized_keys':
      return e.inconnu;
    default:
      return e.invalide;
  }
}

function valeurAu(racine: unknown, chemin: readonly PropertyKey[]): unknown {
  let courant = racine;
  for (const cle of chemin) {
    if (courant === null || typeof courant !== 'object' || !Object.hasOwn(courant, cle))
      return undefined;
    courant = (courant as Record<PropertyKey, unknown>)[cle];
  }
  return courant;
}

/** The first issue, as a French sentence naming the field (its label, then its dotted path). */
function message(issue: Issue, brut: unknown): string {
  const chemin =
    issue.code === 'unrecognized_keys'
      ? [...issue.path.map(String), issue.keys.join(', ')]
      : issue.path.map(String);
  if (chemin[0] === 'format') return frDossiers.erreurs.format;
  if (chemin[0] === 'version')
    return frDossiers.erreurs.version(JSON.stringify(valeurAu(brut, issue.path)) ?? 'absente');
  const cle = chemin.join('.');
  const champs = frDossiers.champs;
  const libelle =
    propre(champs, cle) ??
    (chemin.length > 1
      ? `${propre(champs, chemin.slice(0, 2).join('.')) ?? propre(champs, chemin[0]!) ?? chemin[0]} (${chemin.slice(1).join('.')})`
      : cle);
  return frDossiers.erreurs.champ(libelle, detail(issue, valeurAu(brut, issue.path)));
}

/** Answers of a field name the simulator does not know are set aside (named), not fatal. */
function sansReponsesInconnues(brut: unknown): { brut: unknown; ecartees: string[] } {
  if (brut === null || typeof brut !== 'object' || !('reponses' in brut))
    return { brut, ecartees: [] };
  const reponses = (brut as { reponses: unknown }).reponses;
  if (reponses === null || typeof reponses !== 'object' || Array.isArray(reponses))
    return { brut, ecartees: [] };
  const ecartees = Object.keys(reponses).filter((cle) => !Object.hasOwn(CHAMPS, cle));
  if (ecartees.length === 0) return { brut, ecartees };
  const connues = Object.fromEntries(
    Object.entries(reponses).filter(([cle]) => Object.hasOwn(CHAMPS, cle)),
  );
  return { brut: { ...brut, reponses: connues }, ecartees };
}

/** Validates an already-parsed value; the format and version are checked first. */
export function validerDossier(entree: unknown): Lecture<Dossier> {
  const { brut, ecartees } = sansReponsesInconnues(entree);
  const r = dossierSchema.safeParse(brut);
  if (r.success) return { ok: true, valeur: r.data as Dossier, ecartees };
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
