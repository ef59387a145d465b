/** Saved simulations of a group of GPs (collective contract, issue 11): kept, reread, reopened. */
import { describe, expect, it } from 'vitest';
import {
  creerDossier,
  etatDossier,
  lienDossier,
  versJson,
} from '../../src/ui/persistance/dossier.ts';
import { lireDossierJson, type Dossier } from '../../src/ui/persistance/schema.ts';
import {
  enregistrerDossier,
  lireDossiers,
  type Stockage,
} from '../../src/ui/persistance/stockage.ts';
import { analyser } from '../../src/ui/state/analyse.ts';
import { simulerSansPanne } from '../../src/ui/state/simulation.ts';

class FauxStockage implements Stockage {
  donnees = new Map<string, string>();
  getItem(cle: string) {
    return this.donnees.get(cle) ?? null;
  }
  setItem(cle: string, valeur: string) {
    this.donnees.set(cle, valeur);
  }
  removeItem(cle: string) {
    this.donnees.delete(cle);
  }
}

/** Golden case collectif-scm-pamsu, as the wizard keeps its answers. */
const REPONSES = {
  structure: 'collectif',
  dateSignature: '2026-12-01',
  formeJuridique: 'scm',
  medecinsAdherents: '4',
  tousGeneralistesHorsMepSecteur1OuOptam: 'true',
  'patientele.mt': '4400',
  'patientele.fileActive': '7000',
  etp: '5',
  maitresDeStage: '2',
  terrainDeStageAgree: 'inconnu',
  contratIndividuelEnCours: 'false',
  carence: 'false',
  'patientsDejaGagnes.mt': '0',
  nouveauxInstalles: '0',
  atteinte: '1;1;0.8;1;0.5',
};
const MAINTENANT = new Date('2026-12-02T09:30:00.000Z');

function dossier(reponses: Record<string, string> = REPONSES): Dossier {
  return creerDossier(
    'SCM des Tilleuls',
    reponses,
    simulerSansPanne(analyser(reponses).situation),
    MAINTENANT,
  );
}

describe('simulation enregistrée d’un groupe (contrat collectif)', () => {
  it('garde toutes les réponses du groupe et les montants 190 000 … 55 000 €', () => {
    const d = dossier();
    expect(d.reponses).toEqual(REPONSES);
    expect(d.resultat).toEqual({
      total: 583000,
      montants: [190000, 140000, 88000, 110000, 55000],
    });
  });

  it('se relit tel quel depuis son JSON, et depuis le stockage du navigateur', () => {
    const d = dossier();
    expect(lireDossierJson(versJson(d))).toEqual({ ok: true, valeur: d, ecartees: [] });
    const stockage = new FauxStockage();
    expect(enregistrerDossier(stockage, d)).toMatchObject({ ok: true });
    expect(lireDossiers(stockage).dossiers).toEqual([d]);
  });

  it('les mêmes règles redonnent les mêmes montants', () => {
    expect(etatDossier(dossier())).toMatchObject({ reglesChangees: false, montantsChanges: false });
  });

  it('rouvre le simulateur sur les résultats du groupe, avec ses champs', () => {
    const lien = lienDossier(dossier());
    expect(lien).toMatch(/^index\.html\?v=1&etape=resultats&structure=collectif&/);
    const params = new URLSearchParams(lien.slice(lien.indexOf('?')));
    expect(params.get('formeJuridique')).toBe('scm');
    expect(params.get('medecinsAdherents')).toBe('4');
    expect(params.get('patientele.mt')).toBe('4400');
    expect(params.get('maitresDeStage')).toBe('2');
    expect(params.get('terrainDeStageAgree')).toBe('inconnu');
  });

  it('une réponse de groupe invalide est écartée et nommée, les autres gardées', () => {
    const d = dossier({ ...REPONSES, formeJuridique: 'sarl', etp: '-1' });
    expect(d.reponses).not.toHaveProperty('formeJuridique');
    expect(d.reponses).not.toHaveProperty('etp');
    expect(d.reponses.medecinsAdherents).toBe('4');
  });

  it('un fichier dont une réponse de groupe n’est pas un texte : erreur qui nomme le champ', () => {
    const json = JSON.stringify({ ...dossier(), reponses: { ...REPONSES, etp: 5 } });
    const lu = lireDossierJson(json);
    expect(lu.ok).toBe(false);
    expect(lu.ok ? '' : lu.erreur).toMatch(/etp/);
  });
});
