/** Every golden case of ../shared/cases, through the command line, against its literal `expected`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { centimes, DOSSIER_CAS, lancer, type Execution, DELAI_PROCESSUS_MS } from './lancer-cli.ts';

interface Cas {
  id: string;
  input: Record<string, unknown>;
  expected: {
    statut?: string;
    montants?: number[];
    objectif?: { mt?: number; fileActive?: number };
  };
}

interface Sortie {
  index: number;
  eligibilite: { statut: string };
  objectif: { mt: number | null; fileActive: number | null };
  annees: { montant: number | null }[];
  total: number | null;
}

const fichiers = readdirSync(DOSSIER_CAS)
  .filter((f) => f.endsWith('.json'))
  .sort();
const cas: Cas[] = fichiers.map(
  (f) => JSON.parse(readFileSync(path.join(DOSSIER_CAS, f), 'utf8')) as Cas,
);

let execution: Execution;
let sorties: Sortie[];
let acceptation: Execution;

beforeAll(async () => {
  [execution, acceptation] = await Promise.all([
    lancer(['-'], JSON.stringify(cas.map((c) => c.input))),
    lancer(['run', '--silent', 'simulate', '--', '../shared/cases/cds-exemple-2.json'], undefined, [
      'npm',
    ]),
  ]);
  sorties = JSON.parse(execution.stdout) as Sortie[];
}, DELAI_PROCESSUS_MS);

describe('cas de référence (un seul appel de la ligne de commande)', () => {
  it('accepte chaque situation telle quelle et rend un résultat par cas, dans l’ordre', () => {
    expect(execution.stderr).toBe('');
    expect(execution.code).toBe(0);
    expect(sorties.map((s) => s.index)).toEqual(cas.map((_, i) => i + 1));
  });

  it.each(cas.map((c, i) => [c.id, c, i] as const))('%s', (_id, c, i) => {
    const sortie = sorties[i] as Sortie;
    const attendu = c.expected;
    if (attendu.statut !== undefined) expect(sortie.eligibilite.statut).toBe(attendu.statut);
    if (attendu.montants !== undefined) {
      expect(sortie.annees.map((a) => centimes(a.montant))).toEqual(attendu.montants.map(centimes));
    }
    if (attendu.objectif?.mt !== undefined) expect(sortie.objectif.mt).toBe(attendu.objectif.mt);
    if (attendu.objectif?.fileActive !== undefined) {
      expect(sortie.objectif.fileActive).toBe(attendu.objectif.fileActive);
    }
  });
});

describe('exemple d’acceptation : npm run --silent simulate -- ../shared/cases/cds-exemple-2.json', () => {
  it('simule la situation « input » du fichier de cas et rend les montants du FNCS', () => {
    expect(acceptation.code).toBe(0);
    const [resultat, ...autres] = JSON.parse(acceptation.stdout) as Sortie[];
    expect(autres).toEqual([]);
    expect(resultat?.index).toBe(1);
    expect(resultat?.eligibilite.statut).toBe('eligible');
    expect(resultat?.annees.map((a) => centimes(a.montant))).toEqual([
      5400000, 7650000, 7650000, 6600000, 6300000,
    ]);
    expect(resultat?.objectif).toMatchObject({ mt: 342, fileActive: 540 });
  });
});
