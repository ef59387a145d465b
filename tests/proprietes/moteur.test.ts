import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDES, validerSituation } from '../../src/engine/saisie.ts';
import { PARAMETRES } from '../../src/engine/catalogue.ts';
import { simuler, type Resultat } from '../../src/engine/simulation.ts';
import {
  dateLiberale,
  dateQuelconque,
  situation,
  situationCentre,
  situationLiberale,
} from './arbitraires.ts';

const NB = { numRuns: 300 };

function calculer(entree: unknown): Resultat {
  const v = validerSituation(entree);
  if (!v.ok)
    throw new Error(`générateur invalide : ${v.erreurs.map((e) => e.message).join(' ; ')}`);
  return simuler(v.situation);
}

describe('propriétés du moteur', () => {
  it('toute situation générée est valide et se calcule sans erreur', () => {
    fc.assert(
      fc.property(situation, (s) => void calculer(s)),
      NB,
    );
  });

  it('montants finis, jamais négatifs, jamais au-dessus du plafond de l’année ; total = somme des montants', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const r = calculer(s);
        for (const a of r.annees) {
          if (a.montant === null) continue;
          expect(Number.isFinite(a.montant)).toBe(true);
          expect(a.montant).toBeGreaterThanOrEqual(0);
          if (a.plafond !== null) expect(a.montant).toBeLessThanOrEqual(a.plafond + 1e-9);
        }
        if (r.total !== null && r.annees.every((a) => a.montant !== null)) {
          const somme = r.annees.reduce((t, a) => t + Math.round(a.montant! * 100), 0);
          expect(Math.round(r.total * 100)).toBe(somme);
        }
        if (r.eligibilite.statut === 'ineligible') expect(r.total).toBe(0);
      }),
      NB,
    );
  });

  it('même entrée, même sortie ; le résultat survit à un aller-retour JSON', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const a = calculer(s);
        expect(calculer(structuredClone(s))).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('une atteinte plus haute ne baisse jamais un versement', () => {
    fc.assert(
      fc.property(
        situation,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { minLength: 10, maxLength: 10 }),
        (s, bas, hausse) => {
          const haut = bas.map((b, i) => b + hausse[i]!);
          const rb = calculer({ ...s, atteinte: bas, realise: undefined });
          const rh = calculer({ ...s, atteinte: haut, realise: undefined });
          rb.annees.forEach((a, i) => {
            const h = rh.annees[i]!.montant;
            if (a.montant !== null && h !== null) expect(h).toBeGreaterThanOrEqual(a.montant);
          });
        },
      ),
      NB,
    );
  });

  it('une bande plus haute ne baisse jamais un plafond', () => {
    const bandesEligibles = BANDES.filter((b) => b !== '<P30');
    fc.assert(
      fc.property(
        situationLiberale,
        fc.integer({ min: 0, max: bandesEligibles.length - 2 }),
        (s, i) => {
          const bas = calculer({ ...s, bande: bandesEligibles[i] });
          const haut = calculer({ ...s, bande: bandesEligibles[i + 1] });
          bas.annees.forEach((a, k) => {
            const h = haut.annees[k]!.plafond;
            if (a.plafond !== null && h !== null) expect(h).toBeGreaterThanOrEqual(a.plafond);
          });
        },
      ),
      NB,
    );
  });

  it('plus d’ETP d’assistant (sur la portion la plus récente) ne baisse jamais l’aide d’un centre', () => {
    fc.assert(
      fc.property(situationCentre, fc.integer({ min: 1, max: 8 }), (s, ajout) => {
        const assistants = s.assistants ?? [{ anneeDebut: 1, etp: 1 }];
        const derniere = assistants.reduce(
          (j, a, i) => (a.anneeDebut >= assistants[j]!.anneeDebut ? i : j),
          0,
        );
        const base = { ...s, realise: undefined, assistants };
        const plus = {
          ...base,
          assistants: assistants.map((a, i) =>
            i === derniere ? { ...a, etp: a.etp + ajout / 4 } : a,
          ),
        };
        const rb = calculer(base);
        const rp = calculer(plus);
        rb.annees.forEach((a, k) => {
          const p = rp.annees[k]!.montant;
          if (a.montant !== null && p !== null) expect(p).toBeGreaterThanOrEqual(a.montant);
        });
      }),
      NB,
    );
  });

  it('sous un plafond atteint, un ETP ajouté à une portion ancienne est retiré de la plus récente (qui paie plus par ETP)', () => {
    const base = {
      structure: 'centre',
      dateSignature: '2020-02-04',
      etpGeneralistes: 1,
      nouveauCentre: true,
    };
    const avant = calculer({
      ...base,
      assistants: [
        { anneeDebut: 1, etp: 0.25 },
        { anneeDebut: 2, etp: 0.25 },
      ],
    });
    const apres = calculer({
      ...base,
      assistants: [
        { anneeDebut: 1, etp: 0.5 },
        { anneeDebut: 2, etp: 0.25 },
      ],
    });
    expect(avant.annees[1]!.montant).toBe(15750);
    expect(apres.annees[1]!.montant).toBe(13500);
    expect(apres.eligibilite.raisons.map((r) => r.code)).toContain('plafond-applique');
  });

  it('au-delà du P95, objectifs atteints, le versement est le même chaque année (contrats 2024)', () => {
    fc.assert(
      fc.property(situationLiberale, fc.constantFrom('demi', 'plein'), (s, option) => {
        const r = calculer({
          ...s,
          dateSignature: s.dateSignature < '2024-06-22' ? '2024-06-22' : s.dateSignature,
          option,
          bande: '>=P95',
          atteinte: undefined,
          realise: undefined,
        });
        const montants = new Set(r.annees.map((a) => a.montant).filter((m) => m !== null && m > 0));
        expect(montants.size).toBeLessThanOrEqual(1);
      }),
      NB,
    );
  });
});

describe('couverture temporelle', () => {
  it('chaque date du 21 août 2019 au 31 décembre 2035 relève d’exactement un régime libéral, et le calcul lit des paramètres définis', () => {
    const regimes = PARAMETRES.find((p) => p.id === 'regimes.liberaux')!;
    fc.assert(
      fc.property(dateLiberale, (d) => {
        const couvrants = regimes.valeurs.filter(
          (v) => v.depuis <= d && (v.jusqua === undefined || d <= v.jusqua),
        );
        expect(couvrants).toHaveLength(1);
        const r = calculer({
          structure: 'liberal',
          dateSignature: d,
          specialite: 'medecine-generale',
          secteur: '1',
          option: 'demi',
          bande: 'P30-P50',
          exerciceRegroupe: true,
          exerciceCoordonne: true,
          annees: 10,
          atteinte: [1, 1, 0.6, 0.9],
        });
        expect(r.regime).toBe(couvrants[0]!.valeur);
        expect(r.annees.every((a) => a.montant !== null && a.montant > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('aucune date avant le 21 août 2019 (libéral) ou le 4 février 2020 (centre) n’a de régime', () => {
    fc.assert(
      fc.property(dateQuelconque, fc.constantFrom('liberal', 'centre'), (d, structure) => {
        const r = calculer({ structure, dateSignature: d });
        const premier = structure === 'liberal' ? '2019-08-21' : '2020-02-04';
        expect(r.regime === null).toBe(d < premier);
      }),
      { numRuns: 500 },
    );
  });
});

describe('verdict incomplet', () => {
  it('incomplet exactement quand une donnée nécessaire manque, et elle est listée', () => {
    fc.assert(
      fc.property(
        situationLiberale,
        fc.subarray(['specialite', 'secteur', 'option'] as const),
        (s, retires) => {
          const entree: Record<string, unknown> = { ...s };
          for (const champ of retires) delete entree[champ];
          const r = calculer(entree);
          const { statut, manquants, raisons } = r.eligibilite;
          if (r.regime !== null) for (const champ of retires) expect(manquants).toContain(champ);
          const bloque = raisons.some((x) => x.nature === 'ineligible');
          expect(statut === 'incomplet').toBe(!bloque && manquants.length > 0);
          expect(raisons.filter((x) => x.nature === 'incomplet').length > 0).toBe(
            manquants.length > 0,
          );
        },
      ),
      NB,
    );
  });
});
