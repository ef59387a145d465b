/**
 * The French headers and French labels that the file reader accepts beside the public
 * field names and codes (which stay the reference, cases README): « Date de signature » →
 * `dateSignature`, « Nom » → `reference`, « Médecine générale » → `medecine-generale`,
 * « mi-temps » → `demi`, 15/03/2024 → 2024-03-15… Used by the command line and lot.html through the
 * shared reader (colonnes.ts). Comparisons ignore case, accents, spaces and punctuation: a header or
 * value is first reduced to a key (`Patientèle MT adultes` → `patientele-mt-adultes`).
 *
 * Every public name also gives its own key (`patientele.mtAdultes` → `patientele-mt-adultes`), and
 * every enum code its own (`P30-P50` → `p30-p50`); each field's French header and other French
 * headers are in the schemas' field catalogue (src/schemas/champs.ts), the French values here.
 * The result columns of our own exports (« Verdict », « Total »…) are recognised too, and ignored,
 * so an exported file reads back to the same situations.
 */
import { champDe, CHAMPS_SITUATION } from '../schemas/champs.ts';
import { SPECIALITES } from '../schemas/specialites.ts';
import { CHAMPS } from './champs.ts';

/** `Patientèle MT adultes`, `patientele.mtAdultes` → `patientele-mt-adultes`. */
export function cleAlias(texte: string): string {
  return texte
    .replace(/½/g, ' 1/2 ')
    .replace(/⅓/g, ' 1/3 ')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The French header of each field, as our template and the page's reference write it (its key is
 * accepted like every alias below), from the field catalogue. Fields without one are written
 * under their public name.
 */
export const INTITULES: Readonly<Record<string, string>> = Object.fromEntries(
  CHAMPS_SITUATION.flatMap((c) => (c.intitule ? [[c.chemin, c.intitule]] : [])),
);

/**
 * Columns our own result exports add (exports.ts): ignored on reading, so an export re-imports.
 * Year columns (« Année 1 »…) are matched by ANNEE_RESULTAT.
 */
export const COLONNES_RESULTAT = {
  ligne: 'Ligne',
  verdict: 'Verdict',
  statut: 'Statut',
  raisons: 'Raisons',
  regime: 'Régime retenu',
  option: 'Option retenue',
  objectifMt: 'Objectif MT (patients à ajouter)',
  objectifFileActive: 'Objectif file active (patients à ajouter)',
  total: 'Total (€)',
  annee: (n: number) => `Année ${n} (€)`,
} as const;

const ANNEE_RESULTAT = /^annee-?\d+$/;
const IGNOREES: ReadonlySet<string> = new Set(
  Object.values(COLONNES_RESULTAT)
    .filter((v) => typeof v === 'string')
    .map((v) => cleAlias(v as string)),
);

function construireEntetes(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [chemin, type] of CHAMPS) {
    if (chemin.includes('#') || type.sorte === 'liste-objets') continue;
    table.set(cleAlias(chemin), chemin);
  }
  for (const [chemin, intitule] of Object.entries(INTITULES)) table.set(cleAlias(intitule), chemin);
  for (const { chemin, entetes } of CHAMPS_SITUATION)
    for (const cle of entetes ?? []) table.set(cle, chemin);
  return table;
}

const ENTETES: ReadonlyMap<string, string> = construireEntetes();

/**
 * What a header that is not a public name stands for: a field path, `null` for a result column of
 * our exports (ignored), `undefined` when unknown (left to the reader, which reports it).
 */
export function cheminAlias(entete: string): string | null | undefined {
  const cle = cleAlias(entete);
  if (IGNOREES.has(cle) || ANNEE_RESULTAT.test(cle)) return null;
  return ENTETES.get(cle);
}

/** French values (as keys) → code, per field; the codes themselves are added from the schema. */
const VALEURS_FRANCAISES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  structure: {
    liberale: 'liberal',
    'medecin-liberal': 'liberal',
    'contrat-individuel': 'liberal',
    'centre-de-sante': 'centre',
    cds: 'centre',
    groupe: 'collectif',
    'groupe-de-medecins': 'collectif',
    'contrat-collectif': 'collectif',
  },
  secteur: {
    'secteur-1': '1',
    'secteur-2': '2',
    'secteur-3': 'non-conventionne',
    'non-conventionne': 'non-conventionne',
    'hors-convention': 'non-conventionne',
  },
  option: {
    'un-tiers': 'tiers',
    'tiers-temps': 'tiers',
    '1-3': 'tiers',
    '1-3-etp': 'tiers',
    'mi-temps': 'demi',
    'demi-temps': 'demi',
    '1-2': 'demi',
    '1-2-etp': 'demi',
    '0-5': 'demi',
    '0-5-etp': 'demi',
    'demi-etp': 'demi',
    'plein-temps': 'plein',
    'temps-plein': 'plein',
    '1': 'plein',
    '1-etp': 'plein',
    '1-5': 'plein-et-demi',
    '1-5-etp': 'plein-et-demi',
    'un-et-demi': 'plein-et-demi',
    '2': 'double',
    '2-etp': 'double',
    'deux-etp': 'double',
  },
  bande: {
    'moins-de-p30': '<P30',
    'sous-p30': '<P30',
    'inferieur-a-p30': '<P30',
    p95: '>=P95',
    'p95-et-plus': '>=P95',
    'p95-ou-plus': '>=P95',
    'au-dela-de-p95': '>=P95',
  },
  formeJuridique: {},
  regime: {},
};

function construireValeurs(): Map<string, Map<string, string>> {
  const table = new Map<string, Map<string, string>>();
  for (const [chemin, type] of CHAMPS) {
    if (type.sorte !== 'scalaire' || !type.valeurs) continue;
    const valeurs = new Map<string, string>();
    for (const code of type.valeurs) valeurs.set(cleAlias(code), code);
    // `<P30` reduced is `p30`, which a French file may mean either way: not an alias.
    if (chemin === 'bande') valeurs.delete('p30');
    for (const code of type.valeurs) valeurs.set(code, code);
    for (const [cle, code] of Object.entries(VALEURS_FRANCAISES[chemin] ?? {}))
      valeurs.set(cle, code);
    if (chemin === 'specialite')
      for (const { slug, libelle } of SPECIALITES) valeurs.set(cleAlias(libelle), slug);
    table.set(chemin, valeurs);
  }
  return table;
}

const VALEURS: ReadonlyMap<string, ReadonlyMap<string, string>> = construireValeurs();

/** JJ/MM/AAAA (or JJ.MM.AAAA, JJ-MM-AAAA) → AAAA-MM-JJ; left as is otherwise. */
const DATE_FRANCAISE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const CHAMPS_DATE: ReadonlySet<string> = new Set(
  CHAMPS_SITUATION.filter((c) => c.type.sorte === 'date').map((c) => c.chemin),
);

/**
 * A text cell of field `chemin` (catalogue path, `#` for indices) → its code when it is a French
 * label of it (or the code in another case); any other text is left as it is, for validation to
 * name the field and suggest the closest codes.
 */
export function valeurAlias(chemin: string, texte: string): string {
  const valeurs = VALEURS.get(chemin);
  if (valeurs) {
    return valeurs.get(texte) ?? valeurs.get(cleAlias(texte)) ?? texte;
  }
  if (CHAMPS_DATE.has(chemin)) {
    const date = DATE_FRANCAISE.exec(texte.trim());
    if (date) {
      const [, jour, mois, annee] = date as unknown as [string, string, string, string];
      return `${annee}-${mois.padStart(2, '0')}-${jour.padStart(2, '0')}`;
    }
  }
  return texte;
}

/** Every French header accepted for a field path besides its public name, as keys. */
export function entetesFrancais(chemin: string): string[] {
  const champ = champDe(chemin);
  return [...(champ?.intitule ? [cleAlias(champ.intitule)] : []), ...(champ?.entetes ?? [])];
}

/** Every French value accepted for a field path, as keys, with its code. */
export function valeursFrancaises(chemin: string): [string, string][] {
  return Object.entries(VALEURS_FRANCAISES[chemin] ?? {});
}
