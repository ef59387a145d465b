/** Contract anniversaries (RULES.md §8.1: years from the signature's anniversaries). */
import { describe, expect, it } from 'vitest';
import { anniversaire } from '../../src/engine/dates.ts';

/** The same date n years later by the calendar (UTC), 29 February falling on 28 February. */
function reference(dateIso: string, n: number): string {
  const [a, m, j] = dateIso.split('-').map(Number) as [number, number, number];
  const dernier = new Date(Date.UTC(a + n, m, 0)).getUTCDate();
  const d = new Date(Date.UTC(a + n, m - 1, Math.min(j, dernier)));
  return d.toISOString().slice(0, 10);
}

describe('anniversaire', () => {
  it('le jour même pour n = 0, la même date les années suivantes', () => {
    expect(anniversaire('2024-09-01', 0)).toBe('2024-09-01');
    expect(anniversaire('2024-09-01', 1)).toBe('2025-09-01');
    expect(anniversaire('2019-12-31', 5)).toBe('2024-12-31');
  });

  it('un 29 février tombe le 28 février des années non bissextiles, reste le 29 des bissextiles', () => {
    expect(anniversaire('2024-02-29', 1)).toBe('2025-02-28');
    expect(anniversaire('2024-02-29', 4)).toBe('2028-02-29');
    expect(anniversaire('2024-02-29', 0)).toBe('2024-02-29');
  });

  it('chaque jour de 2019 à 2028, de 0 à 7 ans plus tard : la date du calendrier', () => {
    for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (let n = 0; n <= 7; n++) expect(anniversaire(date, n)).toBe(reference(date, n));
    }
  });
});
