/**
 * Lighthouse (mobile, simulated throttling) on the production build served by `vite preview`:
 * the start page and a results page (state of the golden case lib-2024-plein-degressivite in the
 * query string, format of src/ui/state/url.ts), and every annex page (lot, calendrier, cout with a
 * simulation in their URL, dossiers, sources). Run after
 * `vite build`. Writes .lighthouse/report.json and fails below the thresholds (the same for every
 * page: accessibility 100).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Categorie = (typeof CATEGORIES)[number];

/**
 * Minimum score (0–100) per category, the ones that do not depend on the machine's load. SEO is
 * reported only; so is performance, whose target (`CIBLE_PERFORMANCE`) is printed: its score moves
 * with the load of a shared 2-core machine (sources.html: 98 idle, 87 beside another build), so a
 * gate on it failed or passed with the machine, not the code (DEVELOPERS: budgets, not assertions).
 * Figures are in the README (Performances); issue 13 holds the work to win the results page back.
 */
const SEUILS: Partial<Record<Categorie, number>> = {
  accessibility: 100,
  'best-practices': 95,
};
const CIBLE_PERFORMANCE = 95;

/** A convention-2024 contract, full time, for the annex pages that read the simulator's URL. */
const CONTRAT_2026 =
  '?v=1&etape=resultats&structure=liberal&dateSignature=2026-01-15&specialite=medecine-generale' +
  '&secteur=1&option=plein&bande=P30-P50&exerciceRegroupe=true&exerciceCoordonne=true' +
  '&nouvelInstalle=false&rqthOuAld=false';

const PAGES = [
  { nom: 'accueil', chemin: '/' },
  {
    nom: 'resultats',
    chemin:
      '/?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&atteinte=1;1;0.6;0.9' +
      '&specialite=medecine-generale&secteur=1&option=plein&bande=P30-P50' +
      // Every question answered, as the wizard now asks (an unanswered one opens the verdict).
      '&nouvelInstalle=false&rqthOuAld=false',
  },
  { nom: 'lot', chemin: '/lot.html' },
  { nom: 'calendrier', chemin: `/calendrier.html${CONTRAT_2026}` },
  { nom: 'cout', chemin: `/cout.html${CONTRAT_2026}` },
  { nom: 'dossiers', chemin: '/dossiers.html' },
  { nom: 'sources', chemin: '/sources.html' },
];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const racine = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4173);

const serveur = await preview({
  root: racine,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
});
const origine = serveur.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? `http://127.0.0.1:${PORT}`;
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
  logLevel: 'error',
});

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** The annex pages are light: one run each keeps CI short (their gates do not depend on load). */
const RUNS_ANNEXES = Number(process.env.LIGHTHOUSE_RUNS_ANNEXES ?? 1);
const PAGES_PRINCIPALES = new Set(['accueil', 'resultats']);
const mediane = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function auditer(url: string, nom: string) {
  const resultat = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!resultat) throw new Error(`Lighthouse n’a rien renvoyé pour ${url}`);
  const { lhr } = resultat;
  if (lhr.runtimeError) throw new Error(`${nom} : ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Categorie, number>;
  return { lhr, scores };
}

const rapports: unknown[] = [];
const echecs: string[] = [];
try {
  for (const { nom, chemin } of PAGES) {
    const url = `${origine}${chemin}`;
    // Lighthouse's own advice against run-to-run variance: score each page on the median of
    // RUNS runs (every run is kept in the report), never on the best one.
    const essais: Awaited<ReturnType<typeof auditer>>[] = [];
    const runs = PAGES_PRINCIPALES.has(nom) ? RUNS : RUNS_ANNEXES;
    for (let i = 0; i < runs; i++) essais.push(await auditer(url, nom));
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, mediane(essais.map((e) => e.scores[c]))]),
    ) as Record<Categorie, number>;
    const lhr = essais.find((e) => e.scores.performance === scores.performance)!.lhr;
    if (runs > 1) {
      console.log(
        `${nom.padEnd(10)} performance par essai : ${essais.map((e) => e.scores.performance).join(', ')}`,
      );
    }
    console.log(`${nom.padEnd(10)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
    for (const c of CATEGORIES) {
      const seuil = SEUILS[c];
      if (scores[c] === 100) continue;
      // Below 100: name the audits that cost points, to fix them without opening the report.
      const perdus = (lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score})`);
      if (perdus.length > 0) console.log(`    ${c} : ${perdus.join(', ')}`);
      if (seuil !== undefined && scores[c] < seuil) {
        echecs.push(`${nom} : ${c} ${scores[c]} < ${seuil}`);
      }
      if (c === 'performance' && scores[c] < CIBLE_PERFORMANCE)
        console.log(
          `    performance sous la cible de ${CIBLE_PERFORMANCE} (affiché, non bloquant)`,
        );
    }
    rapports.push({ page: nom, url, scores, lhr });
  }
} finally {
  chrome.kill();
  await serveur.close();
}

const dossier = join(racine, '.lighthouse');
mkdirSync(dossier, { recursive: true });
writeFileSync(join(dossier, 'report.json'), `${JSON.stringify(rapports, null, 2)}\n`);
console.log(`Rapport : ${join('.lighthouse', 'report.json')}`);

if (echecs.length > 0) {
  console.error(`Seuils Lighthouse non atteints :\n  ${echecs.join('\n  ')}`);
  process.exit(1);
}
