/**
 * The reference of every column a file may have and the values it accepts, generated from the
 * field catalogue (the zod schemas), the specialty catalogue and the French headers of alias.ts:
 * lot.html shows it next to the upload, the Excel template carries it as its explanation sheet.
 */
import { LIBELLES_OPTIONS } from '../engine/catalogue.ts';
import { SPECIALITES } from '../schemas/specialites.ts';
import { INTITULES } from './alias.ts';
import { CHAMPS, structuresDesChamps } from './champs.ts';

export interface ColonneReference {
  /** Public name (the reference), as the header of a CSV or Excel file. */
  nom: string;
  /** The French header also accepted (alias.ts), or null. */
  intitule: string | null;
  /** What the cells hold, in words. */
  type: string;
  /** Allowed codes with their French label when there is one (empty when free). */
  valeurs: { code: string; libelle: string | null }[];
  /** Structures whose situation has the field, in words. */
  structures: string;
}

const STRUCTURES: Readonly<Record<string, string>> = {
  liberal: 'médecin libéral',
  centre: 'centre de santé',
  collectif: 'groupe (contrat collectif)',
};

/** French labels of codes other than specialties (the ones alias.ts also reads). */
const LIBELLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  structure: {
    liberal: 'libéral',
    centre: 'centre de santé',
    collectif: 'groupe, contrat collectif',
  },
  secteur: { '1': 'secteur 1', '2': 'secteur 2', 'non-conventionne': 'non conventionné' },
  option: LIBELLES_OPTIONS,
  bande: { '<P30': 'moins de P30', '>=P95': 'P95 et plus' },
};

const NATURES = { nombre: 'nombre', booleen: 'oui / non', texte: 'texte' } as const;

function typeDe(chemin: string): string {
  const type = CHAMPS.get(chemin);
  if (!type || type.sorte === 'liste-objets') return '';
  if (chemin === 'dateSignature') return 'date AAAA-MM-JJ ou JJ/MM/AAAA';
  if (chemin === 'reference') return 'texte libre, 1 à 100 caractères (nom, n° de dossier)';
  if (type.sorte === 'liste') return `liste de ${NATURES[type.nature]}s séparés par « ; » ou « | »`;
  if (type.valeurs) return 'un code de la liste';
  return NATURES[type.nature];
}

export function referenceColonnes(): ColonneReference[] {
  const structures = structuresDesChamps();
  const colonnes: ColonneReference[] = [];
  for (const [chemin, type] of CHAMPS) {
    if (type.sorte === 'liste-objets') continue;
    // `realise.#.mt` is written `realise.mt` (a list per column) or `realise.0.mt`.
    const nom = chemin.replace('.#.', '.');
    const valeurs =
      chemin === 'specialite'
        ? SPECIALITES.map(({ slug, libelle }) => ({ code: slug, libelle }))
        : type.sorte === 'scalaire' && type.valeurs
          ? type.valeurs.map((code) => ({ code, libelle: LIBELLES[chemin]?.[code] ?? null }))
          : [];
    const liste = chemin.includes('.#.');
    colonnes.push({
      nom,
      intitule: INTITULES[chemin] ?? null,
      type: liste
        ? `${typeDe(chemin)}s séparés par « ; », un par année ou par avenant`
        : typeDe(chemin),
      valeurs,
      structures: (structures.get(chemin) ?? []).map((s) => STRUCTURES[s] ?? s).join(', '),
    });
  }
  return colonnes;
}
