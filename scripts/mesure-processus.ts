/**
 * Times whole processes for the benchmarks (bench.ts, batch-check.ts): wall time measured here,
 * peak memory from GNU time (`/usr/bin/time -f %M`, the largest process of the tree) when the
 * machine has it. Informative figures: medians of alternated runs, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TIME = '/usr/bin/time';
const avecTime = existsSync(TIME);

export interface Mesure {
  secondes: number;
  /** Peak resident memory of the largest process, in MiB (null without GNU time). */
  picMio: number | null;
  code: number | null;
  stderr: string;
}

/** Runs `commande` once in `cwd`, its stdout written to `sortie` (a file path) or thrown away. */
export function mesurer(commande: readonly string[], cwd: string, sortie?: string): Mesure {
  const dossier = mkdtempSync(path.join(tmpdir(), 'mesure-'));
  const rapport = path.join(dossier, 'time');
  const fd = openSync(sortie ?? '/dev/null', 'w');
  const [programme, ...args] = avecTime
    ? [TIME, '-f', '%M', '-o', rapport, ...commande]
    : (commande as string[]);
  const debut = performance.now();
  const r = spawnSync(programme as string, args, {
    cwd,
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const secondes = (performance.now() - debut) / 1000;
  closeSync(fd);
  const kio = avecTime && existsSync(rapport) ? Number(readFileSync(rapport, 'utf8').trim()) : NaN;
  rmSync(dossier, { recursive: true, force: true });
  return {
    secondes,
    picMio: Number.isFinite(kio) ? kio / 1024 : null,
    code: r.status,
    stderr: r.stderr ?? '',
  };
}

export function mediane(valeurs: readonly number[]): number {
  const tries = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tries.length / 2);
  return tries.length % 2
    ? (tries[milieu] as number)
    : ((tries[milieu - 1] as number) + (tries[milieu] as number)) / 2;
}

export interface Comparaison {
  a: Mesure[];
  b: Mesure[];
  /** Median of the ratios a/b taken run by run (a and b alternate, so drifts of the load cancel). */
  ratio: number;
}

/**
 * `essais` alternated runs of A then B; `sortieA` receives A's stdout, `sortieB` B's (each run
 * overwrites it; B's goes to /dev/null without it).
 */
export function comparer(
  a: readonly string[],
  b: readonly string[],
  cwd: string,
  essais: number,
  sortieA?: string,
  apresA?: (m: Mesure, essai: number) => void,
  sortieB?: string,
): Comparaison {
  const ma: Mesure[] = [];
  const mb: Mesure[] = [];
  for (let i = 0; i < essais; i++) {
    const m = mesurer(a, cwd, sortieA);
    apresA?.(m, i);
    ma.push(m);
    mb.push(mesurer(b, cwd, sortieB));
  }
  const ratio = mediane(ma.map((m, i) => m.secondes / (mb[i] as Mesure).secondes));
  return { a: ma, b: mb, ratio };
}

const s = (x: number) => x.toFixed(2);
const pic = (ms: readonly Mesure[]) => {
  const pics = ms.map((m) => m.picMio).filter((p): p is number => p !== null);
  return pics.length ? `, pic ${Math.max(...pics).toFixed(0)} Mio` : '';
};

/** `3.10 s (2.95–3.40, pic 210 Mio)`: median, spread and peak memory of a series of runs. */
export function resume(ms: readonly Mesure[]): string {
  const t = ms.map((m) => m.secondes);
  return `${s(mediane(t))} s (${s(Math.min(...t))}–${s(Math.max(...t))}${pic(ms)})`;
}
