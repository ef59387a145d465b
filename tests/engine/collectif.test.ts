/** The collective contract of a group of GPs (RULES.md §7 bis, §8.1): literal figures. */
import { describe, expect, it } from 'vitest';
import { comparerCollectif } from '../../src/engine/simulation.ts';
import { validerSituation } from '../../src/engine/saisie.ts';
import { codes, montants, simulerEntree } from '../helpers/situations.ts';

/** 3 GPs of an SCM, 2 550 MT patients (850 each), 2 ETP asked, signed in June 2026. */
const groupe = (extra: Record<string, unknown> = {}) =>
  simulerEntree({
    structure: 'collectif',
    dateSignature: '2026-06-01',
    formeJuridique: 'scm',
    medecinsAdherents: 3,
    tousGeneralistesHorsMepSecteur1OuOptam: true,
    patientele: { mt: 2550, fileActive: 4000 },
    etp: 2,
    ...extra,
  });

describe('contrat collectif : éligibilité (§7 bis.1, §8.1)', () => {
  it('groupe complet : éligible, 76 000 / 56 000 / 44 000 €, objectifs 520 MT et 220 FA', () => {
    const r = groupe();
    expect(r.regime).toBe('collectif-2026');
    expect(r.eligibilite.statut).toBe('eligible');
    expect(montants(r)).toEqual([76000, 56000, 44000, 44000, 44000]);
    expect(r.objectif).toMatchObject({ mt: 520, fileActive: 220, origine: 'collectif' });
    expect(r.etpRetenu).toBe(2);
    expect(codes(r)).toContain('collectif-non-officiel');
  });

  it.each([
    [{ formeJuridique: undefined }, 'formeJuridique'],
    [{ medecinsAdherents: undefined }, 'medecinsAdherents'],
    [
      { tousGeneralistesHorsMepSecteur1OuOptam: undefined },
      'tousGeneralistesHorsMepSecteur1OuOptam',
    ],
    [{ patientele: { fileActive: 4000 } }, 'patientele.mt'],
    [{ etp: undefined }, 'etp'],
  ])('%j absent → incomplet, %s manquant (jamais pris pour « non »)', (extra, champ) => {
    const r = groupe(extra);
    expect(r.eligibilite.statut).toBe('incomplet');
    expect(r.eligibilite.manquants).toContain(champ);
  });

  it('ETP absent : montants inconnus (null), pas inventés', () => {
    const r = groupe({ etp: undefined });
    expect(montants(r)).toEqual([null, null, null, null, null]);
    expect(r.total).toBeNull();
  });

  it.each([
    [{ formeJuridique: 'sel' }, 'collectif-sel'],
    [{ formeJuridique: 'autre' }, 'collectif-forme-non-groupe'],
    [{ medecinsAdherents: 1, patientele: { mt: 900 } }, 'collectif-un-seul-medecin'],
    [{ tousGeneralistesHorsMepSecteur1OuOptam: false }, 'collectif-pas-tous-generalistes'],
    [{ medecinsAdherents: 2, patientele: { mt: 1549 } }, 'collectif-sous-p30'],
    [{ carence: true }, 'collectif-carence'],
  ])('%j → inéligible (%s), montants à 0', (extra, code) => {
    const r = groupe(extra);
    expect(r.eligibilite.statut).toBe('ineligible');
    expect(codes(r)).toContain(code);
    expect(montants(r)).toEqual([0, 0, 0, 0, 0]);
    expect(r.total).toBe(0);
  });

  it.each([
    ['scp', 'eligible'],
    ['sisa', 'eligible'],
  ])('%s → %s', (formeJuridique, statut) => {
    expect(groupe({ formeJuridique }).eligibilite.statut).toBe(statut);
  });

  it('moyenne de 775 exactement (1 550 pour 2 médecins) : éligible', () => {
    expect(groupe({ medecinsAdherents: 2, patientele: { mt: 1550 } }).eligibilite.statut).toBe(
      'eligible',
    );
  });

  it('contrat individuel en cours : condition (le clore d’abord), toujours éligible', () => {
    const r = groupe({ contratIndividuelEnCours: true });
    expect(r.eligibilite.statut).toBe('eligible');
    const raison = r.eligibilite.raisons.find(
      (x) => x.code === 'collectif-contrat-individuel-a-clore',
    );
    expect(raison?.nature).toBe('condition');
  });

  it('nouveaux installés : dit que leur propre objectif n’est pas calculé', () => {
    expect(codes(groupe({ nouveauxInstalles: 1 }))).toContain('collectif-nouveaux-installes');
  });

  it('signé avant le 25 février 2026 : aucun dispositif', () => {
    const r = groupe({ dateSignature: '2026-02-24' });
    expect(r.regime).toBeNull();
    expect(codes(r)).toEqual(['aucun-dispositif']);
    expect(r.total).toBe(0);
  });

  it('régime forcé avec une signature de 2025 : calculé aux valeurs du 25 février 2026', () => {
    const r = groupe({ dateSignature: '2025-06-01', regime: 'collectif-2026' });
    expect(montants(r)).toEqual([76000, 56000, 44000, 44000, 44000]);
  });
});

describe('contrat collectif : plafond d’ETP (§7 bis.2, §8.1)', () => {
  it('avant novembre 2026 : 1 ETP par médecin, maîtres de stage sans effet', () => {
    const r = groupe({ etp: 4, maitresDeStage: 3 });
    expect(r.etpRetenu).toBe(3);
    expect(montants(r)[0]).toBe(114000);
    expect(codes(r)).toContain('collectif-plafond-applique');
  });

  it('à partir du 1er novembre 2026, terrain de stage agréé : 3 + 0,5 × 3 = 4,5 ETP', () => {
    const r = groupe({ dateSignature: '2026-11-01', etp: 5, terrainDeStageAgree: true });
    expect(r.etpRetenu).toBe(4.5);
    expect(montants(r)[0]).toBe(171000);
  });

  it('à partir de novembre 2026, 1 maître de stage : 3,5 ETP', () => {
    const r = groupe({ dateSignature: '2026-12-01', etp: 5, maitresDeStage: 1 });
    expect(r.etpRetenu).toBe(3.5);
  });

  it('maîtres de stage plus nombreux que les adhérents : entrée invalide qui nomme le champ', () => {
    const v = validerSituation({
      structure: 'collectif',
      dateSignature: '2026-12-01',
      medecinsAdherents: 2,
      maitresDeStage: 3,
    });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.erreurs[0]?.message).toMatch(/^maitresDeStage : ne peut dépasser/);
  });

  it.each([
    [{ etp: 0 }, 'etp'],
    [{ regime: 'convention-2024' }, 'regime'],
    [{ specialite: 'medecine-generale' }, 'specialite'],
  ])('%j : invalide (%s)', (extra, champ) => {
    const v = validerSituation({ structure: 'collectif', dateSignature: '2026-06-01', ...extra });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.erreurs.map((e) => e.champ)).toContain(champ);
  });
});

describe('contrat collectif : objectifs et prorata (§7 bis.2)', () => {
  it('0,3 ETP : 11 400 € la 1re année, objectifs plancher(78) et plancher(33)', () => {
    const r = groupe({ etp: 0.3 });
    expect(montants(r)[0]).toBe(11400);
    expect(r.objectif).toMatchObject({ mt: 78, fileActive: 33 });
  });

  it('patients déjà gagnés au-delà de l’objectif : objectif 0, atteinte réputée complète', () => {
    const r = groupe({
      patientsDejaGagnes: { mt: 600, fileActive: 300 },
      realise: [{}, {}, { mt: 0, fileActive: 0 }],
    });
    expect(r.objectif).toMatchObject({ mt: 0, fileActive: 0 });
    expect(montants(r)[2]).toBe(44000);
  });

  it('objectif MT nul : ignoré ; la file active à moitié → la moitié', () => {
    const r = groupe({
      patientsDejaGagnes: { mt: 600 },
      realise: [{}, {}, { mt: 0, fileActive: 110 }],
    });
    expect(r.objectif).toMatchObject({ mt: 0, fileActive: 220 });
    expect(montants(r)[2]).toBe(22000);
  });

  it('année 3 à 60 % : 60 %, sans palier à 75 % (26 400 €)', () => {
    expect(montants(groupe({ atteinte: [1, 1, 0.6] }))[2]).toBe(26400);
  });

  it('objectif de la CPAM saisi : il l’emporte, indicateur par indicateur', () => {
    const r = groupe({ objectif: { mt: 400 }, realise: [{}, {}, { mt: 100, fileActive: 0 }] });
    expect(r.objectif).toMatchObject({ mt: 400, fileActive: 220, origine: 'contractuel' });
    expect(montants(r)[2]).toBe(11000);
  });
});

describe('côte à côte : contrat collectif et contrats individuels 2024 (§7 bis.3)', () => {
  const situation = (extra: Record<string, unknown>) => {
    const v = validerSituation({
      structure: 'collectif',
      dateSignature: '2026-06-01',
      formeJuridique: 'sisa',
      medecinsAdherents: 3,
      tousGeneralistesHorsMepSecteur1OuOptam: true,
      patientele: { mt: 3300, fileActive: 5200 },
      etp: 3,
      ...extra,
    });
    if (!v.ok || v.situation.structure !== 'collectif') throw new Error('situation invalide');
    return v.situation;
  };

  it('3 médecins, 3 ETP, 75 % en année 3 : le collectif paie 75 % (49 500 €), les contrats individuels 100 % (3 × 22 000 €)', () => {
    const c = comparerCollectif(situation({ atteinte: [1, 1, 0.75] }));
    expect(c?.optionIndividuelle).toBe('plein');
    expect(c?.etpIndividuels).toBe(3);
    expect(c?.annees.map((a) => [a.collectif, a.individuels, a.ecart])).toEqual([
      [114000, 114000, 0],
      [84000, 84000, 0],
      [49500, 66000, -16500],
      [66000, 66000, 0],
      [66000, 66000, 0],
    ]);
    expect(c?.totaux).toEqual({ collectif: 379500, individuels: 396000, ecart: -16500 });
  });

  it('2 ETP pour 4 médecins : contrats individuels à ½ ETP (4 × 19 000 €), ou 1 ETP si on le choisit', () => {
    const s = situation({ medecinsAdherents: 4, patientele: { mt: 4400 }, etp: 2 });
    const demi = comparerCollectif(s);
    expect(demi?.optionIndividuelle).toBe('demi');
    expect(demi?.annees[0]).toMatchObject({
      collectif: 76000,
      individuels: 76000,
      parMedecin: 19000,
    });
    const plein = comparerCollectif(s, { optionIndividuelle: 'plein' });
    expect(plein?.annees[0]).toMatchObject({ individuels: 152000, ecart: -76000 });
  });
});
