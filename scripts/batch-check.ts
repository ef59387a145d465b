/**
 * Load check: 100,000 varied situations (liberal and centre) through `npm run simulate` in one
 * call, from JSON and from CSV. Fails (exit 1) on a wrong exit code or count, or if a run takes
 * LIMITE_S seconds or more. Usage: npm run batch-check [-- nombre]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enCsv, genererSituations } from './generer-situations.ts';

/**
 * 15 s since 29 Nov 2026 (was 10): the clean-clone CI measured 6.7 s (JSON) and 7.8 s (CSV → JSON)
 * on the shared machine, too close to 10 for a gate that must not follow the machine's load;
 * issue 13 holds the work back towards the plain-Node floor.
 */
const LIMITE_S = Number(process.env.BATCH_LIMITE_S ?? 15);
const NOMBRE = Number(process.argv[2] ?? 100_000);
const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Essai {
  nom: string;
  fichier: string;
  options: string[];
  compter: (sortie: string) => number;
}

const compterJson = (sortie: string): number => {
  const resultats = JSON.parse(sortie) as { index: number }[];
  if (resultats.some((r, i) => r.index !== i + 1)) throw new Error('index hors d’ordre');
  return resultats.length;
};
const compterCsv = (sortie: string): number => sortie.trimEnd().split('\n').length - 1;

const dossier = mkdtempSync(path.join(tmpdir(), 'batch-check-'));
const situations = genererSituations(NOMBRE);
const centres = situations.filter((s) => s.structure === 'centre').length;
const json = path.join(dossier, 'situations.json');
const csv = path.join(dossier, 'situations.csv');
writeFileSync(json, JSON.stringify(situations));
writeFileSync(csv, enCsv(situations));
console.log(
  `${NOMBRE} situations (${NOMBRE - centres} libérales, ${centres} centres), limite ${LIMITE_S} s`,
);

const essais: Essai[] = [
  { nom: 'JSON → JSON', fichier: json, options: [], compter: compterJson },
  { nom: 'CSV → JSON', fichier: csv, options: [], compter: compterJson },
  { nom: 'CSV → CSV', fichier: csv, options: ['--format', 'csv'], compter: compterCsv },
];

let echecs = 0;
for (const essai of essais) {
  const sortie = path.join(dossier, 'sortie');
  const fd = openSync(sortie, 'w');
  const debut = performance.now();
  const r = spawnSync(
    'npm',
    ['run', '--silent', 'simulate', '--', essai.fichier, ...essai.options],
    {
      cwd: RACINE,
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    },
  );
  const duree = (performance.now() - debut) / 1000;
  closeSync(fd);
  const problemes: string[] = [];
  if (r.status !== 0) problemes.push(`code de sortie ${r.status} : ${r.stderr.slice(0, 500)}`);
  else {
    const nombre = essai.compter(readFileSync(sortie, 'utf8'));
    if (nombre !== NOMBRE) problemes.push(`${nombre} résultats au lieu de ${NOMBRE}`);
  }
  if (duree >= LIMITE_S) problemes.push(`trop lent (${duree.toFixed(2)} s ≥ ${LIMITE_S} s)`);
  console.log(
    `${essai.nom.padEnd(12)} ${duree.toFixed(2).padStart(6)} s  ${problemes.length ? 'ÉCHEC : ' + problemes.join(' ; ') : 'ok'}`,
  );
  echecs += problemes.length;
}
rmSync(dossier, { recursive: true, force: true });
process.exitCode = echecs === 0 ? 0 : 1;
