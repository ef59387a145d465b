/**
 * The simulator's answers, URL keys and widgets come from the schemas' field catalogue: every
 * question a step asks has a widget and a French label, yes/no answers are the Oui / Non / Je ne
 * sais pas questions, and the URL keeps the order of its version 1.
 */
import { describe, expect, it } from 'vitest';
import { CHAMPS, defReponse } from '../../src/ui/state/champs.ts';
import { ecrireUrl } from '../../src/ui/state/url.ts';
import { texteChamp } from '../../src/ui/wizard/Champ.tsx';
import { ETAPES } from '../../src/ui/wizard/etapes.ts';

const questions = ETAPES.flatMap((e) =>
  e.champs.flatMap((cle) => e.structures.map((s) => [cle, s] as const)),
);

describe('réponses du simulateur et catalogue des champs', () => {
  it.each(questions)('« %s » (%s) a un widget et un libellé français', (cle, structure) => {
    expect(defReponse(cle)?.widget).toBeDefined();
    expect(defReponse(cle)?.structures).toContain(structure);
    expect(texteChamp(cle, structure).label).not.toBe(cle);
  });

  it('une réponse oui / non se pose « Oui, Non, Je ne sais pas »', () => {
    const booleens = Object.keys(CHAMPS).filter((c) => CHAMPS[c]?.type === 'booleen');
    const ouiNon = Object.keys(CHAMPS).filter((c) => CHAMPS[c]?.widget === 'oui-non-inconnu');
    expect(ouiNon).toEqual(booleens);
    expect(Object.keys(texteChamp('rqthOuAld', 'liberal').choix)).toEqual([
      'true',
      'false',
      'inconnu',
    ]);
  });

  it('les clés de l’URL, dans l’ordre de la version 1 (un champ ajouté s’y insère)', () => {
    const version1 = [
      'structure',
      'dateSignature',
      'regime',
      'annees',
      'atteinte',
      'realise.mt',
      'realise.fileActive',
      'objectif.mt',
      'objectif.fileActive',
      'specialite',
      'secteur',
      'optam',
      'option',
      'patientele.mtAdultes',
      'patientele.mtEnfants',
      'patientele.fileActive',
      'bande',
      'zoneSousDense',
      'exerciceRegroupe',
      'exerciceCoordonne',
      'nouvelInstalle',
      'rqthOuAld',
      'partHonorairesCliniques',
      'etpGeneralistes',
      'etpSpecialistes',
      'nouveauCentre',
      'assistants',
      'formeJuridique',
      'medecinsAdherents',
      'tousGeneralistesHorsMepSecteur1OuOptam',
      'patientele.mt',
      'etp',
      'maitresDeStage',
      'terrainDeStageAgree',
      'patientsDejaGagnes.mt',
      'patientsDejaGagnes.fileActive',
      'contratIndividuelEnCours',
      'carence',
      'nouveauxInstalles',
    ];
    expect(Object.keys(CHAMPS).filter((cle) => version1.includes(cle))).toEqual(version1);
    expect(ecrireUrl({ regime: 'convention-2024', dateSignature: '2025-02-01' }, 'date')).toBe(
      '?v=1&etape=date&dateSignature=2025-02-01&regime=convention-2024',
    );
  });

  it.each(['constructor', 'toString', '__proto__'])('« %s » n’est pas une réponse', (cle) => {
    expect(defReponse(cle)).toBeUndefined();
  });
});
