/**
 * Load check: 100,000 varied situations (liberal and centre) through the README's two commands
 * (`npm run --silent simulate` and `node scripts/simulate.mjs`) in one call, from JSON and from
 * CSV, each run next to the plain-Node floor of the same I/O (scripts/plancher.mjs: read, parse,
 * build and write output of the same shape, no rules; its output to a file too), alternated, so
 * the ratio holds on a loaded machine (issue 13: target ≤ 1.5×,
 * goal 1.1×). Fails (exit 1) on a wrong exit code or count, or if the command's median takes
 * LIMITE_S seconds or more; the floor and the ratio are printed, never asserted.
 * Usage: npm run batch-check [-- nombre]; BATCH_ESSAIS runs of each (default 3).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enCsv, genererSituations } from './generer-situations.ts';
import { comparer, mediane, resume, type Mesure } from './mesure-processus.ts';

/**
 * 15 s since 29 Nov 2026 (was 10): the clean-clone CI measured 6.7 s (JSON) and 7.8 s (CSV → JSON)
 * on the shared machine, too close to 10 for a gate that must not follow the machine's load;
 * issue 13 holds the work back towards the plain-Node floor.
 */
const LIMITE_S = Number(process.env.BATCH_LIMITE_S ?? 15);
const ESSAIS = Math.max(1, Number(process.env.BATCH_ESSAIS ?? 3));
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
  `${NOMBRE} situations (${NOMBRE - centres} libérales, ${centres} centres), limite ${LIMITE_S} s, médianes de ${ESSAIS} essais alternés avec le plancher (node scripts/plancher.mjs)`,
);

const essais: Essai[] = [
  { nom: 'JSON → JSON', fichier: json, options: [], compter: compterJson },
  { nom: 'CSV → JSON', fichier: csv, options: [], compter: compterJson },
  { nom: 'CSV → CSV', fichier: csv, options: ['--format', 'csv'], compter: compterCsv },
];

/**
 * The two commands of the README, each against the floor: npm adds its own start (about 0.3 s,
 * 20 % of the CSV → CSV floor), which the README's examples (`node scripts/simulate.mjs`) do not pay.
 */
const COMMANDES = [
  { nom: 'npm run simulate', debut: ['npm', 'run', '--silent', 'simulate', '--'] },
  { nom: 'node scripts/simulate.mjs', debut: ['node', 'scripts/simulate.mjs'] },
];

let echecs = 0;
for (const essai of essais) {
  for (const commande of COMMANDES) {
    const sortie = path.join(dossier, 'sortie');
    const problemes: string[] = [];
    const verifier = (m: Mesure, i: number) => {
      if (m.code !== 0) problemes.push(`code de sortie ${m.code} : ${m.stderr.slice(0, 500)}`);
      else if (i === 0) {
        const nombre = essai.compter(readFileSync(sortie, 'utf8'));
        if (nombre !== NOMBRE) problemes.push(`${nombre} résultats au lieu de ${NOMBRE}`);
      }
    };
    // The floor writes to a file too, as the command does.
    const { a, b, ratio } = comparer(
      [...commande.debut, essai.fichier, ...essai.options],
      ['node', 'scripts/plancher.mjs', essai.fichier, ...essai.options],
      RACINE,
      ESSAIS,
      sortie,
      verifier,
      path.join(dossier, 'sortie-plancher'),
    );
    const duree = mediane(a.map((m) => m.secondes));
    if (duree >= LIMITE_S) problemes.push(`trop lent (${duree.toFixed(2)} s ≥ ${LIMITE_S} s)`);
    console.log(
      `${essai.nom.padEnd(12)} ${commande.nom.padEnd(26)} ${resume(a)}  plancher ${resume(b)}  rapport ${ratio.toFixed(2)}  ${problemes.length ? 'ÉCHEC : ' + problemes.join(' ; ') : 'ok'}`,
    );
    echecs += problemes.length;
  }
}
rmSync(dossier, { recursive: true, force: true });
process.exitCode = echecs === 0 ? 0 : 1;
