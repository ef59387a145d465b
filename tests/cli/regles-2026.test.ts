/**
 * Through the real command line: the rules revised in 2026-11 (issue 9 item 1) and the collective
 * contract (issue 11): golden cases of ../shared/cases/collectif, CSV input, a typo in a specialty,
 * a forced centre regime that once crashed a whole batch.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fichiersCasGolden, lireCasGolden } from '../helpers/cas-golden.ts';
import {
  DELAI_PROCESSUS_MS,
  DOSSIER_CAS,
  centimes,
  fichiersTemporaires,
  lancer,
  lignes,
} from './lancer-cli.ts';

const collectifs = lireCasGolden().filter((c) => c.fichier.startsWith('collectif/'));

describe('contrat collectif en ligne de commande', { timeout: DELAI_PROCESSUS_MS }, () => {
  it('lit les trois cas du dossier collectif/', () => {
    expect(fichiersCasGolden().filter((f) => f.startsWith('collectif/'))).toHaveLength(3);
  });

  it.each(collectifs.map((c) => [c.id, c] as const))('cas %s (fichier de cas)', async (_id, c) => {
    const r = await lancer([path.join(DOSSIER_CAS, c.fichier)]);
    expect(r.code).toBe(0);
    const [res] = JSON.parse(r.stdout) as {
      eligibilite: { statut: string };
      annees: { montant: number | null }[];
      objectif: { mt: number | null; fileActive: number | null };
    }[];
    expect(res?.eligibilite.statut).toBe(c.expected.statut);
    expect(res?.annees.map((a) => centimes(a.montant))).toEqual(c.expected.montants?.map(centimes));
    if (c.expected.objectif)
      expect(res?.objectif).toMatchObject(c.expected.objectif as Record<string, number>);
  });

  it('CSV : un groupe par ligne, en-têtes = champs publics, CSV en sortie', async () => {
    const { csv } = fichiersTemporaires({
      csv: [
        'structure,dateSignature,formeJuridique,medecinsAdherents,tousGeneralistesHorsMepSecteur1OuOptam,patientele.mt,patientele.fileActive,etp,maitresDeStage,atteinte,reference',
        'collectif,2026-12-01,scm,4,true,4400,7000,5,2,1;1;0.8;1;0.5,SCM des Tilleuls',
        'collectif,2026-09-15,sel,3,true,2300,4000,2,,,SEL du Port',
      ].join('\n'),
    });
    const r = await lancer([csv as string, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [entete, groupe, sel] = lignes(r.stdout);
    expect(entete).toContain('reference');
    expect(groupe).toContain('SCM des Tilleuls');
    expect(groupe).toContain(',eligible,collectif-2026,');
    expect(groupe).toMatch(/,190000,140000,88000,110000,55000\r?$/);
    expect(sel).toContain(',ineligible,collectif-2026,');
  });

  it('maîtres de stage plus nombreux que les adhérents : code 2, le champ est nommé', async () => {
    const r = await lancer(
      ['-'],
      JSON.stringify({
        structure: 'collectif',
        dateSignature: '2026-12-01',
        medecinsAdherents: 2,
        maitresDeStage: 3,
      }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('maitresDeStage : ne peut dépasser medecinsAdherents');
  });
});

describe('règles révisées en 2026-11 en ligne de commande', { timeout: DELAI_PROCESSUS_MS }, () => {
  const liberal = {
    structure: 'liberal',
    dateSignature: '2025-02-01',
    secteur: '1',
    option: 'plein',
    bande: 'P30-P50',
  };

  it('« radiolgie » : code 2, « radiologie » suggérée, rien d’autre n’est calculé pour cette ligne', async () => {
    const r = await lancer(['-'], JSON.stringify([{ ...liberal, specialite: 'radiolgie' }]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('specialite : spécialité inconnue « radiolgie »');
    expect(r.stderr).toContain('« radiologie »');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('« autre » : à confirmer, montants comme si éligible', async () => {
    const r = await lancer(['-'], JSON.stringify({ ...liberal, specialite: 'autre' }));
    expect(r.code).toBe(0);
    const [res] = JSON.parse(r.stdout) as {
      eligibilite: { statut: string };
      total: number;
    }[];
    expect(res?.eligibilite.statut).toBe('a-confirmer');
    expect(res?.total).toBe(132000);
  });

  it('un centre forcé à l’avenant 3 signé en 2019 ne fait plus tomber le lot : chaque ligne est rendue, code 0', async () => {
    const centre = {
      structure: 'centre',
      dateSignature: '2019-11-10',
      regime: 'ancs-avenant3-2020',
      etpGeneralistes: 6,
      patientele: { mtAdultes: 6900, fileActive: 10800 },
      assistants: [{ anneeDebut: 1, etp: 1.5 }],
    };
    const r = await lancer(
      ['-'],
      JSON.stringify([
        { ...liberal, specialite: 'medecine-generale' },
        centre,
        { ...liberal, specialite: 'cardiologie' },
      ]),
    );
    expect(r.code).toBe(0);
    const resultats = JSON.parse(r.stdout) as { index: number; total: number }[];
    expect(resultats.map((x) => [x.index, x.total])).toEqual([
      [1, 132000],
      [2, 189000],
      [3, 132000],
    ]);
  });

  it('un généraliste de 1 721 patients signé en 2025 : sans majoration, la CPAM indique la bande', async () => {
    const r = await lancer(
      ['-'],
      JSON.stringify({
        ...liberal,
        bande: undefined,
        specialite: 'medecine-generale',
        patientele: { mtAdultes: 1721 },
      }),
    );
    const [res] = JSON.parse(r.stdout) as {
      annees: { montant: number }[];
      eligibilite: { raisons: { code: string }[] };
    }[];
    expect(res?.annees.map((a) => a.montant)).toEqual([38000, 28000, 22000, 22000, 22000]);
    expect(res?.eligibilite.raisons.map((x) => x.code)).toContain('bande-majoration-par-cpam');
  });

  it('reference : rendue telle quelle en JSON, en tête du résultat', async () => {
    const r = await lancer(
      ['-'],
      JSON.stringify({ ...liberal, specialite: 'pediatrie', reference: 'Dr Hélène Müller' }),
    );
    expect(r.stdout).toContain('{"index":1,"reference":"Dr Hélène Müller","structure":"liberal"');
  });
});
