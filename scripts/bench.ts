/**
 * Engine speed: µs per simulation over the golden cases (../shared/cases) and over varied
 * generated situations, liberal and centre apart, plus validation time; the social model's
 * start-up; one situation through the README's command against an empty `node -e ''` (issue 13,
 * target under 0.4 s). Informative, not asserted. `npm run bench` runs it, then the 100 000-situation
 * batch against its plain-Node floor (batch-check.ts) and the first load against bare React
 * (bundle-size.ts, `npm run budget`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simuler } from '../src/engine/simulation.ts';
import { validerSituation, type Situation } from '../src/engine/saisie.ts';
import { genererSituations } from './generer-situations.ts';
import { comparer, resume } from './mesure-processus.ts';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOSSIER_CAS = path.resolve(RACINE, '../shared/cases');
const DUREE_MS = Number(process.env.BENCH_DUREE_MS ?? 1000);

/** Runs `f` over the items round-robin for about DUREE_MS (after a warm-up); µs per call. */
function mesurer<T>(elements: readonly T[], f: (x: T) => unknown): number {
  for (let i = 0; i < 2000; i++) f(elements[i % elements.length] as T);
  let n = 0;
  const debut = performance.now();
  let maintenant = debut;
  while (maintenant - debut < DUREE_MS) {
    for (let i = 0; i < 200; i++) f(elements[n++ % elements.length] as T);
    maintenant = performance.now();
  }
  return ((maintenant - debut) * 1000) / n;
}

function valides(entrees: readonly unknown[]): Situation[] {
  return entrees.flatMap((e) => {
    const v = validerSituation(e);
    return v.ok ? [v.situation] : [];
  });
}

const cas = readdirSync(DOSSIER_CAS)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      (JSON.parse(readFileSync(path.join(DOSSIER_CAS, f), 'utf8')) as { input: unknown }).input,
  );
const generees = genererSituations(20_000);

const jeux: [string, unknown[]][] = [
  ['cas de référence, libéral', cas.filter((c) => (c as Situation).structure === 'liberal')],
  ['cas de référence, centre', cas.filter((c) => (c as Situation).structure === 'centre')],
  ['situations générées, libéral', generees.filter((s) => s.structure === 'liberal')],
  ['situations générées, centre', generees.filter((s) => s.structure === 'centre')],
];

console.log(
  `${'jeu'.padEnd(30)} ${'n'.padStart(6)} ${'simuler µs'.padStart(11)} ${'valider µs'.padStart(11)}`,
);
for (const [nom, entrees] of jeux) {
  const situations = valides(entrees);
  const simulation = mesurer(situations, (s) => simuler(s));
  const validation = mesurer(entrees, (e) => validerSituation(e));
  console.log(
    `${nom.padEnd(30)} ${String(entrees.length).padStart(6)} ${simulation.toFixed(1).padStart(11)} ${validation.toFixed(1).padStart(11)}`,
  );
}

// The social model of the net cost (modele-social + publicodes): start-up, then evaluations.
{
  const t0 = performance.now();
  const { chargerModeleSocial } = await import('../src/social/charger.ts');
  const modele = await chargerModeleSocial();
  const t1 = performance.now();
  modele.calculer({ salaireBrutMensuel: 1823.03, heuresHebdomadaires: 35, date: '2026-01-01' });
  const t2 = performance.now();
  const n = 50;
  for (let i = 0; i < n; i++)
    modele.calculer({ salaireBrutMensuel: 1900 + i, heuresHebdomadaires: 35, date: '2026-01-01' });
  const t3 = performance.now();
  console.log(
    `\nmodèle social : chargement et construction ${(t1 - t0).toFixed(0)} ms, première évaluation ${(t2 - t1).toFixed(0)} ms, puis ${((t3 - t2) / n).toFixed(1)} ms par salarié`,
  );
}

// One situation through the command line, whole process, against an empty node (start-up floor).
{
  const essais = Number(process.env.BENCH_ESSAIS ?? 10);
  const cas = path.join(DOSSIER_CAS, 'lib-2024-mg-sous-p30.json');
  const vide = ['node', '-e', ''];
  console.log(`\nune situation, médianes de ${essais} essais alternés avec node -e '' :`);
  for (const [nom, commande] of [
    ['npm run --silent simulate', ['npm', 'run', '--silent', 'simulate', '--', cas]],
    ['node scripts/simulate.mjs', ['node', 'scripts/simulate.mjs', cas]],
  ] as const) {
    const { a, b, ratio } = comparer(commande, vide, RACINE, essais);
    console.log(
      `${nom.padEnd(26)} ${resume(a)}  node -e '' ${resume(b)}  rapport ${ratio.toFixed(2)}`,
    );
  }
}
