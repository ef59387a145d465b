/**
 * Net cost of the assistant (issue #5, item 4): employer cost from the agreement's minimum or the
 * SMIC (the higher), the default employer rate, the engine's aid, and what remains. Expected values
 * are computed by hand from the dated parameters (parametres/cout-assistant.ts) and RULES.md §2.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coutNetAssistant } from '../../src/engine/cout.ts';
import { PARAMETRES, SOURCES } from '../../src/engine/catalogue.ts';
import { chargerModeleSocial } from '../../src/social/charger.ts';
import type { ModeleSocial } from '../../src/social/modele-social.ts';
import { DOSSIER_CAS } from '../helpers/cas-golden.ts';
import { liberal, simulerEntree } from '../helpers/situations.ts';

const plein2026 = () =>
  liberal({ dateSignature: '2026-01-15', option: 'plein', specialite: 'medecine-generale' });

let modele: ModeleSocial;
beforeAll(async () => {
  modele = await chargerModeleSocial();
}, 120_000);

describe('coût employeur par le modèle social (modele-social 11.1.0)', () => {
  it('SMIC 2026 à temps plein : 22 791,47 € (issue 10 : environ 22 791 €), réduction générale 8 708,98 €', () => {
    const c = coutNetAssistant(plein2026(), {}, modele);
    expect(c.calcul).toEqual({
      methode: 'modele',
      nom: 'modele-social',
      version: '11.1.0',
      anneeRegles: 2026,
    });
    const a1 = c.annees[0]!;
    expect([a1.cotisations, a1.reductions, a1.charges, a1.coutEmployeur]).toEqual([
      9624.09, 8708.98, 915.11, 22791.47,
    ]);
    // From year 2 (January 2027) the SMIC of June 2026 (12,31 €/h, 1 867,06 € a month) applies.
    expect(c.annees[1]!.salaire).toMatchObject({ montant: 1867.06, origine: 'smic' });
    expect(c.annees.map((a) => a.coutEmployeur)).toEqual([
      22791.47, 23336.12, 23336.12, 23336.12, 23336.12,
    ]);
    expect(c.annees.map((a) => a.resteACharge)).toEqual([
      -15208.53, -4663.88, 1336.12, 1336.12, 1336.12,
    ]);
  });

  it('les lignes additionnées égalent le coût total du modèle, au centime près par ligne', () => {
    const entree = { salaireBrutMensuel: 2200, heuresHebdomadaires: 35, date: '2026-01-01' };
    const { cotisations, reductions } = modele.calculer(entree);
    const somme =
      26400 +
      cotisations.reduce((s, l) => s + l.montant, 0) -
      reductions.reduce((s, l) => s + l.montant, 0);
    expect(Math.round(somme * 100)).toBe(Math.round(modele.coutTotal(entree) * 100));
    expect(Math.round(modele.coutTotal(entree) * 100)).toBe(3150182);
  });

  it('70 heures : deux assistants à temps plein, 2 × 22 791,4645 € = 45 582,93 €', () => {
    const c = coutNetAssistant(plein2026(), { heuresHebdomadaires: 70 }, modele);
    expect(c.annees[0]!.coutEmployeur).toBe(45582.93);
  });

  it('contrat de septembre 2019 : années avant 2026 estimées aux règles de 2026 (horsAnneeRegles « avant »)', () => {
    const c = coutNetAssistant(
      liberal({ dateSignature: '2019-09-02', option: 'demi' }),
      {},
      modele,
    );
    expect(c.annees.map((a) => a.horsAnneeRegles)).toEqual([
      'avant',
      'avant',
      'avant',
      'avant',
      'avant',
    ]);
  });

  it('la version déclarée est celle du paquet installé', () => {
    const paquet = JSON.parse(
      readFileSync(path.join(process.cwd(), 'node_modules/modele-social/package.json'), 'utf8'),
    ) as { version: string };
    expect(modele.version).toBe(paquet.version);
  });

  it('sans modèle ni taux saisi : pas de coût (sans-modele)', () => {
    expect(coutNetAssistant(plein2026()).sansCout).toBe('sans-modele');
  });

  it('salaire sous le SMIC : sousSmic', () => {
    const c = coutNetAssistant(plein2026(), { salaireBrutMensuel: 1500 }, modele);
    expect(c.annees.every((a) => a.sousSmic)).toBe(true);
    expect(coutNetAssistant(plein2026(), {}, modele).annees.some((a) => a.sousSmic)).toBe(false);
  });
});

describe('coût net de l’assistant, taux forfaitaire saisi (30 %)', () => {
  it('contrat 2024 à temps plein signé le 15 janvier 2026 : SMIC (1 823,03 €) au-dessus du niveau 5 (1 815,79 €), charges 30 %', () => {
    const c = coutNetAssistant(plein2026(), { tauxCharges: 0.3 }, modele);
    expect(c.sansCout).toBeNull();
    expect(c.calcul).toEqual({ methode: 'taux-saisi', taux: 0.3 });
    const a1 = c.annees[0]!;
    expect(a1.salaire).toMatchObject({
      montant: 1823.03,
      origine: 'smic',
      conventionnel: 1815.79,
      smic: 1823.03,
    });
    expect(a1.etp).toBe(1);
    expect(a1.heuresHebdomadaires).toBe(35);
    expect(a1.salaireBrutAnnuel).toBe(21876.36);
    expect(a1.charges).toBe(6562.91);
    expect(a1.coutEmployeur).toBe(28439.27);
    expect(a1.aide).toBe(38000);
    expect(a1.resteACharge).toBe(-9560.73);
    expect(c.annees.map((a) => a.aide)).toEqual([38000, 28000, 22000, 22000, 22000]);
    // Years 2 to 5 (from January 2027): SMIC of June 2026, 1 867,06 € × 12 × 1,3 = 29 126,14 €.
    expect(c.annees.map((a) => a.resteACharge)).toEqual([
      -9560.73, 1126.14, 7126.14, 7126.14, 7126.14,
    ]);
    expect(c.totaux).toEqual({ coutEmployeur: 144943.83, aide: 132000, resteACharge: 12943.83 });
  });

  it('avenant 7 à mi-temps signé le 2 septembre 2019 : niveau 5 (1 642 €) puis SMIC quand le minimum conventionnel n’est pas connu', () => {
    const c = coutNetAssistant(liberal({ dateSignature: '2019-09-02', option: 'demi' }), {
      tauxCharges: 0.3,
    });
    const [a1, a2, a3, a4, a5] = c.annees;
    expect(a1!.salaire).toMatchObject({ montant: 1642, origine: 'conventionnel' });
    expect(a1!.salaireBrutAnnuel).toBe(9852);
    expect(a1!.charges).toBe(2955.6);
    expect(a1!.coutEmployeur).toBe(12807.6);
    expect(a2!.salaire).toMatchObject({ montant: 1642, smic: 1539.42 });
    expect(a3!.debut).toBe('2021-09-02');
    expect(a3!.salaire).toMatchObject({ montant: 1554.58, origine: 'smic', conventionnel: null });
    expect(a3!.coutEmployeur).toBe(12125.72);
    expect(a4!.salaire.montant).toBe(1678.95);
    expect(a4!.coutEmployeur).toBe(13095.81);
    expect(a5!.salaire.montant).toBe(1747.2);
    expect(a5!.coutEmployeur).toBe(13628.16);
    expect(c.heuresOption).toBe(17.5);
  });
});

describe('coût net, saisies de l’utilisateur', () => {
  it('salaire, durée hebdomadaire et taux saisis remplacent les valeurs par défaut', () => {
    const c = coutNetAssistant(plein2026(), {
      salaireBrutMensuel: 2000,
      heuresHebdomadaires: 28,
      tauxCharges: 0.25,
    });
    const a1 = c.annees[0]!;
    expect(a1.salaire.origine).toBe('saisie');
    expect(a1.salaire.montant).toBe(2000);
    expect(a1.etp).toBe(0.8);
    expect(a1.salaireBrutAnnuel).toBe(19200);
    expect(a1.charges).toBe(4800);
    expect(a1.coutEmployeur).toBe(24000);
    expect(a1.resteACharge).toBe(-14000);
    expect(c.calcul).toEqual({ methode: 'taux-saisi', taux: 0.25 });
    expect(c.heuresOption).toBe(35);
    expect(c.sousTempsOption).toBe(true);
  });

  it('un tiers de temps (avenant 7) : 11,67 heures par semaine', () => {
    const c = coutNetAssistant(liberal({ dateSignature: '2020-03-02', option: 'tiers' }), {
      salaireBrutMensuel: 1800,
      tauxCharges: 0,
    });
    expect(c.heuresOption).toBe(11.67);
    expect(c.annees[0]!.salaireBrutAnnuel).toBe(7200);
    expect(c.sousTempsOption).toBe(false);
  });
});

describe('centre de santé', () => {
  it('cds-exemple-2 : les ETP d’assistants de chaque année (1,5 puis 2,5 puis 3) et l’aide du centre', () => {
    const cas = JSON.parse(readFileSync(path.join(DOSSIER_CAS, 'cds-exemple-2.json'), 'utf8')) as {
      input: Record<string, unknown>;
    };
    const c = coutNetAssistant(simulerEntree(cas.input), {
      salaireBrutMensuel: 2000,
      tauxCharges: 0.3,
    });
    expect(c.annees.map((a) => a.etp)).toEqual([1.5, 2.5, 3, 3, 3]);
    expect(c.annees.map((a) => a.coutEmployeur)).toEqual([46800, 78000, 93600, 93600, 93600]);
    expect(c.annees.map((a) => a.aide)).toEqual([54000, 76500, 76500, 66000, 63000]);
    expect(c.annees.map((a) => a.resteACharge)).toEqual([-7200, 1500, 17100, 27600, 30600]);
    expect(c.heuresOption).toBeNull();
  });
});

describe('sans coût calculable', () => {
  it('signature avant le 21 août 2019 : pas de régime', () => {
    expect(coutNetAssistant(liberal({ dateSignature: '2019-01-10' }), {}, modele).sansCout).toBe(
      'sans-regime',
    );
  });
  it('médecin inéligible (secteur 2 sans OPTAM)', () => {
    const c = coutNetAssistant(liberal({ secteur: '2', optam: false }), {}, modele);
    expect(c.sansCout).toBe('ineligible');
    expect(c.annees).toEqual([]);
  });
});

describe('paramètres du coût', () => {
  it('sont au catalogue, avec des sources connues', () => {
    const ids = PARAMETRES.map((p) => p.id);
    for (const id of [
      'cout.salaire-minimum-conventionnel',
      'cout.smic-mensuel',
      'cout.taux-charges-patronales',
    ])
      expect(ids).toContain(id);
    for (const p of PARAMETRES.filter((x) => x.id.startsWith('cout.')))
      for (const v of p.valeurs) for (const s of v.sources) expect(SOURCES[s]).toBeDefined();
  });
});
