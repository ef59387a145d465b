/** The README is the catalogue the cases README points to: every specialty slug is listed there. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SLUGS_SPECIALITES } from '../src/schemas/index.ts';

const README = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md'),
  'utf8',
);

describe('README', () => {
  it.each(SLUGS_SPECIALITES.map((s) => [s]))('liste la spécialité `%s`', (slug) => {
    expect(README).toContain(`\`${slug}\``);
  });
});
