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

export function lireCasGolden(): CasGolden[] {
  return readdirSync(DOSSIER_CAS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((fichier) => ({
      fichier,
      ...JSON.parse(readFileSync(path.join(DOSSIER_CAS, fichier), 'utf8')),
    }));
}

export const centimes = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : Math.round(v * 100);
