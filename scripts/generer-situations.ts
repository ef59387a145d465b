/** Deterministic, varied and valid situations (liberal and centre) for load tests. */
import { stringify } from 'csv-stringify/sync';

type Situation = Record<string, unknown>;

/** mulberry32: small seeded generator, so every run uses the same data. */
function generateur(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIALITES = [
  'medecine-generale',
  'pediatrie',
  'cardiologie',
  'dermatologie',
  'psychiatrie',
  'ophtalmologie',
  'chirurgie-orthopedique',
  'radiologie',
  'gynecologie-medicale',
  'mep',
];
const OPTIONS = ['tiers', 'demi', 'plein', 'plein-et-demi', 'double'];
const BANDES = ['<P30', 'P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', '>=P95'];
const DATES = [
  '2019-11-02',
  '2020-01-15',
  '2021-06-01',
  '2022-09-01',
  '2023-03-15',
  '2023-09-01',
  '2024-02-10',
  '2024-07-01',
  '2025-02-01',
  '2025-03-10',
  '2026-01-05',
];

export function genererSituations(nombre: number, graine = 42): Situation[] {
  const alea = generateur(graine);
  const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(alea() * liste.length)] as T;
  const entier = (min: number, max: number) => min + Math.floor(alea() * (max - min + 1));
  const situations: Situation[] = new Array(nombre);
  for (let i = 0; i < nombre; i++) {
    const annees = entier(1, 8);
    const atteinte = Array.from(
      { length: entier(0, annees) },
      () => Math.round(alea() * 110) / 100,
    );
    if (i % 3 === 2) {
      const assistants = [{ anneeDebut: 1, etp: choisir([0.5, 1, 1.5, 2]) }];
      if (alea() < 0.5) assistants.push({ anneeDebut: entier(2, 4), etp: choisir([0.5, 1]) });
      situations[i] = {
        structure: 'centre',
        dateSignature: choisir(DATES.slice(2)),
        annees,
        etpGeneralistes: entier(1, 12),
        etpSpecialistes: entier(0, 4),
        patientele: { mtAdultes: entier(500, 9000), fileActive: entier(2000, 20000) },
        nouveauCentre: alea() < 0.3,
        zoneSousDense: alea() < 0.3,
        assistants,
        ...(alea() < 0.6
          ? {
              realise: Array.from({ length: annees }, (_, k) => ({
                mt: 60 * (k + 1),
                fileActive: 150 * (k + 1),
              })),
            }
          : {}),
      };
    } else {
      const avecBande = alea() < 0.6;
      situations[i] = {
        structure: 'liberal',
        dateSignature: choisir(DATES),
        annees,
        specialite: choisir(SPECIALITES),
        secteur: choisir(['1', '1', '2', 'non-conventionne']),
        optam: alea() < 0.7,
        option: choisir(OPTIONS),
        ...(avecBande
          ? { bande: choisir(BANDES) }
          : {
              patientele: {
                mtAdultes: entier(200, 2500),
                mtEnfants: entier(0, 400),
                fileActive: entier(600, 4000),
              },
            }),
        zoneSousDense: alea() < 0.4,
        exerciceRegroupe: alea() < 0.8,
        exerciceCoordonne: alea() < 0.8,
        ...(alea() < 0.2 ? { partHonorairesCliniques: Math.round(alea() * 100) / 100 } : {}),
        ...(atteinte.length > 0 ? { atteinte } : {}),
      };
    }
  }
  return situations;
}

const COLONNES = [
  'structure',
  'dateSignature',
  'annees',
  'specialite',
  'secteur',
  'optam',
  'option',
  'bande',
  'patientele.mtAdultes',
  'patientele.mtEnfants',
  'patientele.fileActive',
  'zoneSousDense',
  'exerciceRegroupe',
  'exerciceCoordonne',
  'partHonorairesCliniques',
  'atteinte',
  'etpGeneralistes',
  'etpSpecialistes',
  'nouveauCentre',
  'assistants.0.anneeDebut',
  'assistants.0.etp',
  'assistants.1.anneeDebut',
  'assistants.1.etp',
  'realise.mt',
  'realise.fileActive',
];

function cellule(situation: Situation, colonne: string): unknown {
  const [tete, ...reste] = colonne.split('.');
  let valeur: unknown = situation[tete as string];
  if (Array.isArray(valeur) && reste.length === 1 && !/^\d+$/.test(reste[0] as string)) {
    return valeur.map((objet: Record<string, unknown>) => objet[reste[0] as string]).join(';');
  }
  for (const cle of reste) valeur = (valeur as Record<string, unknown> | undefined)?.[cle];
  if (Array.isArray(valeur)) return valeur.join(';');
  return typeof valeur === 'boolean' ? (valeur ? 'oui' : 'non') : valeur;
}

/** The same situations as CSV, in the documented column conventions. */
export function enCsv(situations: readonly Situation[]): string {
  const lignes = situations.map((s) => COLONNES.map((c) => cellule(s, c)));
  return stringify(lignes, { header: true, columns: COLONNES });
}
