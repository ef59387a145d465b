/** Reads the golden cases in place, from ../shared/cases beside the repository. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DOSSIER_CAS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/cases',
);

export interface CasGolden {
  fichier: string;
  id: string;
  source: string;
  description: string;
  input: unknown;
  expected: {
    statut: string;
    montants?: number[];
    objectif?: { mt?: number | null; fileActive?: number | null };
  };
}

/** The case files, `collectif/…` and any other sub-folder included, relative to DOSSIER_CAS. */
export function fichiersCasGolden(): string[] {
  return readdirSync(DOSSIER_CAS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export function lireCasGolden(): CasGolden[] {
  return fichiersCasGolden().map((fichier) => ({
    fichier,
    ...JSON.parse(readFileSync(path.join(DOSSIER_CAS, fichier), 'utf8')),
  }));
}

export const centimes = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : Math.round(v * 100);
