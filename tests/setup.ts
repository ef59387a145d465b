import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

/**
 * `findBy…` and `waitFor` wait for a condition, never sleep: on a busy machine they wait longer
 * than the default second instead of failing (every test file, not only those using ui/aide.ts).
 */
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
});
