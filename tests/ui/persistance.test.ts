/** Saved simulations: validation at every boundary, migration with notices, never a throw. */
import { describe, expect, it } from 'vitest';
import { VERSION_REGLES } from '../../src/engine/saisie.ts';
import {
  creerDossier,
  dossierRecalcule,
  etatDossier,
  lienDossier,
  nomDeFichier,
  recalculer,
  versJson,
} from '../../src/ui/persistance/dossier.ts';
import { lireDossierJson, type Dossier } from '../../src/ui/persistance/schema.ts';
import {
  CLE_STOCKAGE,
  enregistrerDossier,
  lireDossiers,
  remplacerDossier,
  supprimerDossier,
  type Stockage,
} from '../../src/ui/persistance/stockage.ts';
import { analyser } from '../../src/ui/state/analyse.ts';
import { simulerSansPanne } from '../../src/ui/state/simulation.ts';

/** In-memory Storage; `plein` makes every write fail like a full browser storage. */
class FauxStockage implements Stockage {
  donnees = new Map<string, string>();
  plein = false;
  getItem(cle: string) {
    return this.donnees.get(cle) ?? null;
  }
  setItem(cle: string, valeur: string) {
    if (this.plein) throw new DOMException('plein', 'QuotaExceededError');
    this.donnees.set(cle, valeur);
  }
  removeItem(cle: string) {
    this.donnees.delete(cle);
  }
}

/** Golden case lib-2024-plein-degressivite. */
const REPONSES = {
  structure: 'liberal',
  dateSignature: '2025-02-01',
  specialite: 'medecine-generale',
  secteur: '1',
  option: 'plein',
  bande: 'P30-P50',
  atteinte: '1;1;0.6;0.9;1',
};
const MAINTENANT = new Date('2026-11-23T10:00:00.000Z');

function dossier(nom = 'Cabinet Dupont'): Dossier {
  return creerDossier(nom, REPONSES, simulerSansPanne(analyser(REPONSES).situation), MAINTENANT);
}

/** French typography puts no-break spaces before ':' and inside « » (fr catalogues). */
const espaces = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ');

describe('dossier de simulation', () => {
  it('garde les réponses, la version des règles et les montants', () => {
    const d = dossier();
    expect(d).toMatchObject({
      format: 'simulateur-assistant-medical',
      version: 1,
      nom: 'Cabinet Dupont',
      enregistreLe: '2026-11-23T10:00:00.000Z',
      versionRegles: VERSION_REGLES,
      reponses: REPONSES,
      resultat: { total: 121000, montants: [38000, 28000, 13200, 19800, 22000] },
    });
  });

  it('rouvre la simulation par le lien du simulateur', () => {
    expect(lienDossier(dossier())).toMatch(
      /^index\.html\?v=1&etape=resultats&structure=liberal&dateSignature=2025-02-01&/,
    );
  });

  it('se relit tel quel depuis son JSON', () => {
    const d = dossier();
    expect(lireDossierJson(versJson(d))).toEqual({ ok: true, valeur: d, ecartees: [] });
    expect(nomDeFichier(d)).toBe('simulation-cabinet-dupont.json');
  });

  it('ne garde que les réponses connues et valides', () => {
    const d = creerDossier(' X ', { ...REPONSES, motDePasse: 'secret' }, null, MAINTENANT);
    expect(d.nom).toBe('X');
    expect(d.reponses).not.toHaveProperty('motDePasse');
  });
});

describe('lecture d’un fichier importé', () => {
  const json = (changements: Record<string, unknown>) =>
    JSON.stringify({ ...dossier(), ...changements });

  it.each([
    ['JSON invalide', '{"format": ', /JSON invalide/],
    ['un tableau', '[]', /n’est pas un dossier du simulateur/],
    ['autre format', json({ format: 'autre' }), /n’est pas un dossier du simulateur/],
    ['version 2', json({ version: 2 }), /Version de dossier non prise en charge \(reçu : 2\)/],
    ['nom vide', json({ nom: '' }), /Champ « nom » : ne doit pas être vide/],
    ['nom absent', json({ nom: undefined }), /Champ « nom » : absent/],
    [
      'date altérée',
      json({ enregistreLe: 'hier' }),
      /Champ « date d’enregistrement » : doit être une date/,
    ],
    ['clé ajoutée', json({ motDePasse: 'x' }), /Champ « motDePasse » : champ inconnu de ce format/],
    [
      'montant altéré',
      json({ resultat: { total: '1 million', montants: [] } }),
      /Champ « total » : doit être un nombre \(ou null/,
    ],
    [
      'réponse non textuelle',
      json({ reponses: { structure: 3 } }),
      /Champ « réponses \(structure\) » : doit être un texte/,
    ],
  ])('%s : erreur en français qui nomme le champ', (_cas, texte, attendu) => {
    const lu = lireDossierJson(texte);
    expect(lu.ok).toBe(false);
    if (!lu.ok) expect(espaces(lu.erreur)).toMatch(attendu);
  });
});

describe('enregistrement dans le navigateur', () => {
  it('enregistre, liste, numérote un nom déjà pris, supprime', () => {
    const s = new FauxStockage();
    expect(enregistrerDossier(s, dossier()).ok).toBe(true);
    const second = enregistrerDossier(s, dossier());
    expect(second.ok && second.dossier.nom).toBe('Cabinet Dupont (2)');
    expect(lireDossiers(s).dossiers.map((d) => d.nom)).toEqual([
      'Cabinet Dupont',
      'Cabinet Dupont (2)',
    ]);
    supprimerDossier(s, 'Cabinet Dupont');
    expect(lireDossiers(s)).toEqual({ dossiers: [second.ok && second.dossier], notices: [] });
    supprimerDossier(s, 'Cabinet Dupont (2)');
    expect(s.donnees.has(CLE_STOCKAGE)).toBe(false);
  });

  it('JSON corrompu : écarté avec une notice, sans exception', () => {
    const s = new FauxStockage();
    s.donnees.set(CLE_STOCKAGE, '{pas du json');
    const lu = lireDossiers(s);
    expect(lu.dossiers).toEqual([]);
    expect(lu.notices.map(espaces)).toEqual([
      expect.stringMatching(/illisibles : elles ont été écartées/),
    ]);
    expect(s.donnees.has(CLE_STOCKAGE)).toBe(false);
    expect(lireDossiers(s).notices).toEqual([]);
  });

  it('entrée d’une autre version ou altérée : écartée, les autres gardées', () => {
    const s = new FauxStockage();
    s.donnees.set(
      CLE_STOCKAGE,
      JSON.stringify([{ ...dossier('A'), version: 0 }, dossier('B'), { ...dossier('C'), nom: 42 }]),
    );
    const { dossiers, notices } = lireDossiers(s);
    expect(dossiers.map((d) => d.nom)).toEqual(['B']);
    expect(notices.map(espaces)).toEqual([
      expect.stringMatching(/n° 1 écartée : Version de dossier non prise en charge/),
      expect.stringMatching(/n° 3 écartée : Champ « nom » : doit être un texte/),
    ]);
    expect(JSON.parse(s.donnees.get(CLE_STOCKAGE)!)).toHaveLength(1);
  });

  it('réponse altérée : la réponse est écartée (migration), la simulation gardée', () => {
    const s = new FauxStockage();
    const altere = { ...dossier(), reponses: { ...REPONSES, option: 'quadruple', inconnu: '1' } };
    s.donnees.set(CLE_STOCKAGE, JSON.stringify([altere]));
    const { dossiers, notices } = lireDossiers(s);
    expect(dossiers[0]?.reponses).not.toHaveProperty('option');
    expect(dossiers[0]?.reponses).not.toHaveProperty('inconnu');
    expect(notices).toEqual([
      expect.stringMatching(/réponses non valides écartées \(inconnu, option\)/),
    ]);
  });

  it('stockage plein : notice, pas d’exception', () => {
    const s = new FauxStockage();
    s.plein = true;
    const r = enregistrerDossier(s, dossier());
    expect(r).toEqual({ ok: false, erreur: expect.stringMatching(/plus de place/) });
  });

  it('stockage indisponible : notice', () => {
    expect(lireDossiers(null).notices).toEqual([expect.stringMatching(/pas disponible/)]);
    const illisible: Stockage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(lireDossiers(illisible).notices).toEqual([expect.stringMatching(/pas disponible/)]);
  });
});

describe('simulation calculée avec d’autres règles', () => {
  it('à jour : rien à signaler', () => {
    const etat = etatDossier(dossier());
    expect(etat.reglesChangees).toBe(false);
    expect(etat.montantsChanges).toBe(false);
  });

  it('ancienne version et montants différents : écart année par année, recalcul', () => {
    const ancien = {
      ...dossier(),
      versionRegles: '2019.1-1',
      resultat: { total: 120000, montants: [38000, 28000, 12200, 19800, 22000] },
    };
    const etat = etatDossier(ancien);
    expect(etat.reglesChangees).toBe(true);
    expect(etat.montantsChanges).toBe(true);
    expect(etat.lignes[2]).toEqual({ annee: 3, ancien: 12200, nouveau: 13200 });
    expect(etat.nouveau.total).toBe(121000);
    const s = new FauxStockage();
    enregistrerDossier(s, ancien);
    remplacerDossier(s, dossierRecalcule(ancien, etat));
    const relu = lireDossiers(s).dossiers[0]!;
    expect(relu.versionRegles).toBe(VERSION_REGLES);
    expect(relu.resultat).toEqual(recalculer(REPONSES));
    expect(relu.enregistreLe).toBe(ancien.enregistreLe);
  });
});
