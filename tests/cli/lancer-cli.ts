/**
 * Runs the command line as a real child process, as a user would: `npm run simulate`, i.e. plain node
 * on scripts/simulate.mjs, which runs the bundle tests/construire-cli.ts built before the tests
 * (and rebuilds it if a source changed since, as in watch mode). SOURCES runs src/cli/main.ts
 * through tsx instead: cli-construite.test.ts checks both print the same bytes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOSSIER_CAS = path.resolve(RACINE, '../shared/cases');
const MAIN = path.join(RACINE, 'src/cli/main.ts');

/** The README's command line: node scripts/simulate.mjs (the built bundle). */
export const CLI: readonly string[] = [process.execPath, path.join(RACINE, 'scripts/simulate.mjs')];
/** The command line from its TypeScript sources, through tsx. */
export const SOURCES: readonly string[] = [process.execPath, '--import', 'tsx', MAIN];

/** Time allowed to the processes of one test file (generous: the machine may be shared). */
export const DELAI_PROCESSUS_MS = 180_000;

export interface Execution {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `commande` defaults to CLI (the built bundle); `entree` is written to stdin; `env` adds to this
 * process's environment.
 */
export function lancer(
  args: readonly string[],
  entree?: string,
  commande?: readonly string[],
  env?: Record<string, string>,
): Promise<Execution> {
  const [programme, ...debut] = commande ?? CLI;
  return new Promise((resoudre, rejeter) => {
    const enfant = spawn(programme as string, [...debut, ...args], {
      cwd: RACINE,
      stdio: 'pipe',
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    enfant.stdout.on('data', (d: Buffer) => stdout.push(d));
    enfant.stderr.on('data', (d: Buffer) => stderr.push(d));
    enfant.on('error', rejeter);
    enfant.on('close', (code) =>
      resoudre({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    enfant.stdin.end(entree ?? '');
  });
}

/** A fresh temporary folder with the given files (text as UTF-8, or bytes) written in it; returns their paths by name. */
export function fichiersTemporaires(
  fichiers: Record<string, string | Uint8Array>,
): Record<string, string> {
  const dossier = mkdtempSync(path.join(tmpdir(), 'simulateur-cli-'));
  const chemins: Record<string, string> = {};
  for (const [nom, contenu] of Object.entries(fichiers)) {
    chemins[nom] = path.join(dossier, nom);
    writeFileSync(chemins[nom], contenu);
  }
  return chemins;
}

/** Non-empty lines of a text. */
export const lignes = (texte: string): string[] => texte.split('\n').filter((l) => l.trim() !== '');

export const centimes = (x: number | null | undefined): number | null =>
  x === null || x === undefined ? null : Math.round(x * 100);

/**
 * A liberal GP in sector 1, full time, band P30-P50, grouped and coordinated practice, signed
 * 2026-01-15 (convention 2024): aid 38 000, 28 000, then 22 000 €. Shared by the CLI tests.
 */
export const GENERALISTE_2026 = {
  structure: 'liberal',
  dateSignature: '2026-01-15',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'plein',
  bande: 'P30-P50',
  exerciceRegroupe: true,
  exerciceCoordonne: true,
};

/** The golden case with an 11 000 € contract year from 2024-09-01 (avenant 7, revalued). */
export const CAS_REVALORISATION = '../shared/cases/lib-avenant7-revalorisation.json';

/** Every golden case file of ../shared/cases, whole, as one JSON list (the CLI reads their input). */
export function tousLesCasJson(): string {
  const fichiers = readdirSync(DOSSIER_CAS)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return JSON.stringify(
    fichiers.map((f) => JSON.parse(readFileSync(path.join(DOSSIER_CAS, f), 'utf8')) as unknown),
  );
}
