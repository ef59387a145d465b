/** Small builders of valid situations for rule tests (validated through the public schema). */
import { validerSituation } from '../../src/engine/saisie.ts';
import { type Resultat, simuler, type OptionsSimulation } from '../../src/engine/simulation.ts';

export function simulerEntree(
  entree: Record<string, unknown>,
  options?: OptionsSimulation,
): Resultat {
  const v = validerSituation(entree);
  if (!v.ok) throw new Error(v.erreurs.map((e) => e.message).join(' ; '));
  return simuler(v.situation, options);
}

/** A GP in secteur 1, band P30–P50, grouped and coordinated: eligible under every regime. */
export const generaliste = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  structure: 'liberal',
  dateSignature: '2025-02-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'demi',
  bande: 'P30-P50',
  exerciceRegroupe: true,
  exerciceCoordonne: true,
  ...extra,
});

export const liberal = (extra: Record<string, unknown> = {}): Resultat =>
  simulerEntree(generaliste(extra));

export const centre = (extra: Record<string, unknown> = {}): Resultat =>
  simulerEntree({
    structure: 'centre',
    dateSignature: '2021-01-04',
    etpGeneralistes: 6,
    etpSpecialistes: 0,
    patientele: { mtAdultes: 3600, fileActive: 7200 },
    assistants: [{ anneeDebut: 1, etp: 1 }],
    ...extra,
  });

export const montants = (r: Resultat): (number | null)[] => r.annees.map((a) => a.montant);
export const codes = (r: Resultat): string[] => r.eligibilite.raisons.map((x) => x.code);
