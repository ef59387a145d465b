/**
 * Dated regulatory values (model: OpenFisca parameter files): each value has a start date, an
 * optional end date (inclusive), a source and a confidence tag. Looking a value up on a date no
 * value covers is an error (a bug), never a silent fallback.
 */
export type Confiance = 'seed' | 'officiel' | 'non-officiel' | 'interpretation';

export interface ValeurDatee<T> {
  depuis: string;
  jusqua?: string;
  valeur: T;
  sources: readonly SourceId[];
  confiance: readonly Confiance[];
  note?: string;
}

export interface Parametre<T> {
  id: string;
  /** Short French description, for the sources page and explanations. */
  libelle: string;
  /** Date the value history was last checked against its sources. */
  verifieLe: string;
  valeurs: readonly ValeurDatee<T>[];
}

export interface Provenance {
  parametre: string;
  depuis: string;
  jusqua: string | null;
  sources: readonly SourceId[];
  confiance: readonly Confiance[];
  verifieLe: string;
  note?: string;
}

export type SourceId =
  | 'seed-000'
  | 'seed-001'
  | 'seed-002'
  | 'seed-003'
  | 'seed-004'
  | 'ameli-2024-06'
  | 'ameli-2024-11'
  | 'ameli-2023-05'
  | 'ameli-modalites'
  | 'jhp-2023'
  | 'arrete-2019'
  | 'djibe'
  | 'assistants-medicaux-org'
  | 'fncs-presse'
  | 'ccn-avenant-76'
  | 'ccn-avenant-90'
  | 'fmf-2019'
  | 'decrets-smic'
  | 'modele-social-smic-2026-06'
  | 'ameli-92-collectif-2026'
  | 'rules-md';

export class ErreurParametre extends Error {
  override name = 'ErreurParametre';
}

export function valeurDateeAu<T>(parametre: Parametre<T>, date: string): ValeurDatee<T> {
  const trouvee = parametre.valeurs.find(
    (v) => v.depuis <= date && (v.jusqua === undefined || date <= v.jusqua),
  );
  if (!trouvee) {
    throw new ErreurParametre(`Paramètre ${parametre.id} non défini au ${date}`);
  }
  return trouvee;
}

const provenances = new WeakMap<object, Provenance>();

/** The provenance of a dated value; built once per value (results share it, read-only). */
export function provenanceDe<T>(parametre: Parametre<T>, v: ValeurDatee<T>): Provenance {
  const connue = provenances.get(v);
  if (connue) return connue;
  const provenance: Provenance = {
    parametre: parametre.id,
    depuis: v.depuis,
    jusqua: v.jusqua ?? null,
    sources: v.sources,
    confiance: v.confiance,
    verifieLe: parametre.verifieLe,
    ...(v.note ? { note: v.note } : {}),
  };
  provenances.set(v, provenance);
  return provenance;
}

export function valeurAu<T>(
  parametre: Parametre<T>,
  date: string,
): { valeur: T; provenance: Provenance } {
  const v = valeurDateeAu(parametre, date);
  return { valeur: v.valeur, provenance: provenanceDe(parametre, v) };
}
