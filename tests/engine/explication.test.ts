import { describe, expect, it } from 'vitest';
import { LIBELLES, PARAMETRES, SOURCES } from '../../src/engine/catalogue.ts';
import { type Figure } from '../../src/engine/simulation.ts';
import { fig } from '../../src/engine/explication/figure.ts';
import { centre, generaliste, liberal, simulerEntree } from '../helpers/situations.ts';

function feuilles(f: Figure): Figure[] {
  return f.termes && f.termes.length > 0 ? f.termes.flatMap(feuilles) : [f];
}
function noeuds(f: Figure): Figure[] {
  return [f, ...(f.termes ?? []).flatMap(noeuds)];
}

describe('chaque chiffre s’explique (arbre d’explication)', () => {
  const r = liberal({ option: 'plein', atteinte: [1, 1, 0.6, 0.9, 1] });

  it.each(r.annees.map((a) => [a.annee, a] as const))(
    'année %i : la racine de l’explication vaut le montant',
    (_k, a) => {
      expect(a.explication?.valeur).toBe(a.montant);
    },
  );

  it('l’explication de l’année 3 porte le plafond, le taux et l’atteinte saisie', () => {
    const a3 = r.annees[2]!.explication!;
    const valeurs = noeuds(a3).map((f) => [f.label, f.valeur]);
    expect(valeurs).toEqual(
      expect.arrayContaining([
        ['plafond.a3', 22000],
        ['atteinte', 0.6],
        ['taux.annee3SousSeuil', 0.6],
        ['montant', 13200],
      ]),
    );
  });

  it('l’hypothèse est sur le prorata de l’année 3 sous 75 %, pas sur les années 1 et 2 (issue 10)', () => {
    const confiances = (f: Figure) => f.provenance?.confiance ?? [];
    const taux3 = noeuds(r.annees[2]!.explication!).find((f) => f.label === 'taux.annee3SousSeuil');
    expect(confiances(taux3!)).toEqual(['interpretation']);
    const taux1 = noeuds(r.annees[0]!.explication!).find((f) => f.label === 'taux.observation');
    expect(confiances(taux1!)).not.toContain('interpretation');
  });

  it('arrondi supérieur : sa propre sorte de figure (nouveau centre, 118,33 → 119)', () => {
    const f = fig.plafondEntier('objectif', fig.saisie('x', 118.33));
    expect(f).toMatchObject({ kind: 'plafondEntier', valeur: 119 });
  });

  it('bande placée d’après les effectifs : la mesure et chaque seuil avec sa provenance (avenant 7, 1 600 patients)', () => {
    const a7 = simulerEntree(
      generaliste({
        dateSignature: '2021-03-01',
        bande: undefined,
        patientele: { mtAdultes: 1600 },
      }),
    );
    const bande = noeuds(a7.annees[0]!.explication!).find((f) => f.label === 'bande');
    expect(bande?.details).toEqual({ bande: 'P90-P95' });
    const seuils = (bande?.termes ?? []).map((t) => [t.label, t.valeur, t.provenance?.confiance]);
    expect(seuils).toEqual([
      ['bande.mesure', 1600, undefined],
      ['seuil.p30', 640, ['seed']],
      ['seuil.p50', 1045, ['non-officiel']],
      ['seuil.p90', 1503, ['non-officiel']],
      ['seuil.p95', 1721, ['non-officiel']],
    ]);
  });

  it('chaque paramètre cité porte sa source et sa confiance', () => {
    const parametres = r.annees
      .flatMap((a) => feuilles(a.explication!))
      .filter((f) => f.kind === 'parametre');
    expect(parametres.length).toBeGreaterThan(0);
    for (const p of parametres) {
      expect(p.provenance?.sources.length).toBeGreaterThan(0);
      for (const s of p.provenance!.sources) expect(SOURCES[s]).toBeDefined();
      expect(p.provenance?.confiance.length).toBeGreaterThan(0);
    }
  });

  it('chaque libellé d’explication a un texte français', () => {
    const labels = [...r.annees, ...centre({ atteinte: [1, 1, 0.6] }).annees]
      .flatMap((a) => noeuds(a.explication!))
      .map((f) => f.label);
    const sansTexte = [...new Set(labels)].filter(
      (l) => !(l in LIBELLES) && !['zero', 'arrondi', 'nombre'].includes(l),
    );
    expect(sansTexte).toEqual([]);
  });

  it('un centre explique chaque portion', () => {
    const c = centre({
      assistants: [
        { anneeDebut: 1, etp: 1 },
        { anneeDebut: 2, etp: 0.5 },
      ],
    });
    const a2 = c.annees[1]!;
    expect(a2.explication?.termes?.map((t) => t.valeur)).toEqual([27000, 18000]);
    expect(a2.montant).toBe(45000);
  });
});

describe('paramètres datés (couverture temporelle)', () => {
  it.each(PARAMETRES.map((p) => [p.id, p] as const))(
    '%s : périodes ordonnées sans chevauchement, source et confiance',
    (_id, p) => {
      for (const v of p.valeurs) {
        expect(v.sources.length).toBeGreaterThan(0);
        expect(v.confiance.length).toBeGreaterThan(0);
        if (v.jusqua) expect(v.jusqua >= v.depuis).toBe(true);
      }
      for (let i = 1; i < p.valeurs.length; i++) {
        const avant = p.valeurs[i - 1]!;
        expect(avant.jusqua, `${p.id} : période ${i} ouverte`).toBeDefined();
        expect(avant.jusqua! < p.valeurs[i]!.depuis).toBe(true);
      }
    },
  );

  it('les identifiants de paramètres sont uniques', () => {
    const ids = PARAMETRES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('valeurs par défaut', () => {
  it('une atteinte non renseignée est une valeur par défaut, pas une réponse', () => {
    const r = liberal({ option: 'plein' });
    const a3 = noeuds(r.annees[2]!.explication!);
    expect(a3.find((f) => f.label === 'atteinte.defaut')?.kind).toBe('defaut');
    expect(a3.some((f) => f.kind === 'saisie' && f.label.startsWith('atteinte'))).toBe(false);
  });
});

describe('aucun zéro négatif (il ne survit pas à JSON)', () => {
  it('nouveau centre dont la moyenne vaut exactement le P50 : objectif 0, pas -0', () => {
    const r = centre({
      etpGeneralistes: 6,
      etpSpecialistes: 8,
      patientele: { fileActive: 17934 },
      nouveauCentre: true,
      assistants: [{ anneeDebut: 1, etp: 0.25 }],
    });
    expect(Object.is(r.objectif.fileActive, -0)).toBe(false);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
