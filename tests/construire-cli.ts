/**
 * Vitest global setup: builds the command line's bundle (dist-cli/, as `npm ci` does through the
 * `prepare` script) once, before any test file starts, so the CLI tests run it the way the README's
 * `npm run simulate` does (plain node, no tsx start-up in every process) and never build it
 * concurrently.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function construireCli(): void {
  const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(racine, 'scripts/simulate.mjs'), '--construire'], {
    cwd: racine,
    stdio: 'inherit',
  });
}
