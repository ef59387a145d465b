/**
 * Without --calendrier (or any other new option), the command line's output stays byte for byte
 * what it was: external checkers read it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION_REGLES } from '../../src/engine/index.ts';
import {
  CAS_REVALORISATION as CAS,
  DELAI_PROCESSUS_MS,
  lancer,
  lignes,
  tousLesCasJson,
  type Execution,
} from './lancer-cli.ts';

const run: Record<string, Execution> = {};

beforeAll(async () => {
  const tousLesCas = tousLesCasJson();
  const appels: Record<string, Promise<Execution>> = {
    defaut: lancer([CAS]),
    defautCsv: lancer([CAS, '--format', 'csv']),
    defautIndente: lancer([CAS, '--indente']),
    tousDefaut: lancer(['-'], tousLesCas),
    tousCsvDefaut: lancer(['-', '--format', 'csv'], tousLesCas),
  };
  await Promise.all(Object.entries(appels).map(async ([nom, p]) => (run[nom] = await p)));
}, DELAI_PROCESSUS_MS);

const reussi = (nom: string): Execution => {
  const e = run[nom] as Execution;
  expect(e.stderr).toBe('');
  expect(e.code).toBe(0);
  return e;
};

describe('sans --calendrier, la sortie ne change pas d’un octet', () => {
  // Written before --calendrier existed (only the rules version is read from the engine).
  const JSON_DEFAUT =
    '[\n{"index":1,"structure":"liberal","regime":"avenant7-2019","bande":{"valeur":"P30-P50",' +
    '"origine":"saisie"},"option":"demi","eligibilite":{"statut":"eligible","raisons":[],' +
    '"manquants":[]},"objectif":{"mt":null,"fileActive":null,"origine":"aucun"},"annees":[' +
    '{"annee":1,"debut":"2022-09-01","regime":"avenant7-2019","plafond":18000,"taux":1,' +
    '"montant":18000,"atteinte":null,"objectif":{"mt":null,"fileActive":null}},' +
    '{"annee":2,"debut":"2023-09-01","regime":"avenant7-2019","plafond":13500,"taux":1,' +
    '"montant":13500,"atteinte":null,"objectif":{"mt":null,"fileActive":null}},' +
    '{"annee":3,"debut":"2024-09-01","regime":"convention-2024","plafond":11000,"taux":1,' +
    '"montant":11000,"atteinte":1,"objectif":{"mt":null,"fileActive":null}},' +
    '{"annee":4,"debut":"2025-09-01","regime":"convention-2024","plafond":11000,"taux":1,' +
    '"montant":11000,"atteinte":1,"objectif":{"mt":null,"fileActive":null}},' +
    '{"annee":5,"debut":"2026-09-01","regime":"convention-2024","plafond":11000,"taux":1,' +
    '"montant":11000,"atteinte":1,"objectif":{"mt":null,"fileActive":null}}],"total":64500,' +
    `"versionRegles":${JSON.stringify(VERSION_REGLES)}}\n]\n`;
  // Issue 9 added the `reference` column (empty when not given) right after `index`.
  const CSV_DEFAUT =
    'index,reference,statut,regime,option,raisons,manquants,objectif.mt,objectif.fileActive,' +
    'total,annee1,annee2,annee3,annee4,annee5\n' +
    '1,,eligible,avenant7-2019,demi,,,,,64500,18000,13500,11000,11000,11000\n';

  it('JSON par défaut : octet pour octet', () => {
    expect(reussi('defaut').stdout).toBe(JSON_DEFAUT);
  });

  it('CSV par défaut : octet pour octet', () => {
    expect(reussi('defautCsv').stdout).toBe(CSV_DEFAUT);
  });

  it('--indente : le même JSON, indenté de 2, sans calendrier', () => {
    const texte = reussi('defautIndente').stdout;
    expect(texte).toBe(`${JSON.stringify(JSON.parse(JSON_DEFAUT), null, 2)}\n`);
  });

  it('tous les cas de référence : aucun champ « calendrier », CSV sans colonne de versement', () => {
    expect(reussi('tousDefaut').stdout).not.toContain('"calendrier"');
    expect(lignes(reussi('tousCsvDefaut').stdout)[0]).toMatch(
      /^index,reference,statut,regime,option,raisons,manquants,objectif\.mt,objectif\.fileActive,total(,annee\d+)+$/,
    );
  });
});
