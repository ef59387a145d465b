/**
 * Situations for the properties of the rules' readings (lectures*.test.ts): the reference cases,
 * and partial situations drawn (seeded, so reproducible) from a few values of each field of the
 * catalogue, as the wizard holds them while it is being filled.
 */
import { CATALOGUE, codesDe, validerSituation, type Situation } from '../../src/engine/saisie.ts';
import type { TypeChamp } from '../../src/schemas/champ.ts';
import { lireCasGolden } from '../helpers/cas-golden.ts';

export type Structure = Situation['structure'];
type Objet = Record<string, unknown>;

const DATES = ['2018-06-01', '2019-11-15', '2021-01-10', '2023-06-01', '2024-08-01'];
const DATES_PAR_STRUCTURE: Record<Structure, readonly string[]> = {
  liberal: DATES,
  centre: [...DATES, '2025-11-10'],
  collectif: ['2026-02-24', '2026-06-01', '2026-12-01'],
};
const NOMBRES = [0, 1, 4, 9, 400, 700, 1100, 1600, 2500];
const PARTS = [0, 0.5, 0.9, 1];
const SPECIALITES = [
  'medecine-generale',
  'pediatrie',
  'cardiologie',
  'chirurgie-viscerale',
  'autre',
];

/**
 * The questions a situation of this structure can hold, as the wizard names them: the catalogue's
 * paths, a list as one field (`assistants`, `atteinte`, `realise`); not the structure itself.
 */
export function champsDe(structure: Structure): string[] {
  const champs = new Set<string>();
  for (const c of CATALOGUE) {
    if (!(c.structures as readonly string[]).includes(structure) || c.chemin === 'structure')
      continue;
    champs.add(c.chemin.includes('#') ? c.chemin.split('.')[0]! : c.chemin);
  }
  return [...champs];
}

/** A few values of a field, of its type and within its bounds. */
export function valeursDe(structure: Structure, chemin: string): unknown[] {
  if (chemin === 'dateSignature') return [...DATES_PAR_STRUCTURE[structure]];
  if (chemin === 'specialite') return SPECIALITES;
  if (chemin === 'partHonorairesCliniques') return PARTS;
  if (chemin === 'annees') return [3, 5, 7];
  if (chemin === 'atteinte')
    return [
      [0.4, 0.4, 0.4, 0.4, 0.4],
      [1, 1, 0.8, 0.2, 0],
    ];
  if (chemin === 'realise')
    return [
      [1, 2, 3, 4, 5].map((k) => ({ mt: 40 * k, fileActive: 60 * k })),
      [1, 2, 3, 4, 5].map(() => ({ mt: -5, fileActive: 0 })),
    ];
  if (chemin === 'assistants')
    return [
      [{ anneeDebut: 1, etp: 1 }],
      [
        { anneeDebut: 1, etp: 3 },
        { anneeDebut: 2, etp: 2.5 },
      ],
    ];
  const def = CATALOGUE.find((c) => c.chemin === chemin);
  if (def === undefined) throw new Error(`Champ inconnu : ${chemin}`);
  const type = def.type as TypeChamp;
  switch (type.sorte) {
    case 'booleen':
      return [true, false];
    case 'code':
      return [...codesDe(type.codes, structure)];
    case 'texte':
      return ['x'];
    case 'nombre':
      return NOMBRES.filter(
        (n) =>
          (type.auMoins === undefined || n >= type.auMoins) &&
          (type.plusQue === undefined || n > type.plusQue) &&
          (type.auPlus === undefined || n <= type.auPlus),
      );
    default:
      throw new Error(`Pas de valeurs pour ${chemin}`);
  }
}

/** The situation with `chemin` set to `valeur` (`undefined`: without it); a copy. */
export function avec(s: Situation, chemin: string, valeur: unknown): Situation {
  const copie: Objet = { ...s };
  const [tete, sous] = chemin.split('.') as [string, string | undefined];
  if (sous === undefined) {
    if (valeur === undefined) delete copie[tete];
    else copie[tete] = valeur;
  } else {
    const interieur: Objet = { ...((copie[tete] as Objet | undefined) ?? {}) };
    if (valeur === undefined) delete interieur[sous];
    else interieur[sous] = valeur;
    copie[tete] = interieur;
  }
  return copie as Situation;
}

/** Seeded generator (mulberry32): the same situations on every run. */
function aleatoire(graine: number): () => number {
  let a = graine;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` partial situations of a structure: each field answered with probability `part` (the date
 * nine times in ten), with one of its values. `regime` and `reference` are left out: the first is
 * forced only by files, the second only copied.
 */
export function situationsPartielles(structure: Structure, n: number, part = 0.5): Situation[] {
  const hasard = aleatoire(n * 31 + structure.length);
  const champs = champsDe(structure).filter((c) => c !== 'regime' && c !== 'reference');
  return Array.from({ length: n }, () => {
    let s = { structure } as Situation;
    for (const c of champs) {
      if (hasard() >= (c === 'dateSignature' ? 0.9 : part)) continue;
      const valeurs = valeursDe(structure, c);
      s = avec(s, c, valeurs[Math.floor(hasard() * valeurs.length)]);
    }
    return s;
  });
}

/** The reference cases (../shared/cases) as situations. */
export function situationsDeReference(): Situation[] {
  return lireCasGolden().flatMap((c) => {
    const v = validerSituation(c.input);
    return v.ok ? [v.situation] : [];
  });
}
