/**
 * The field catalogue and the zod schemas built from it agree: every field of a structure is
 * accepted there and refused elsewhere, every bound and every code list is the catalogue's, and
 * the situation types the engine sees are the public format's.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CATALOGUE,
  CHAMPS_SITUATION,
  codesDe,
  STRUCTURES,
  poser,
  poseurDe,
  validerSituation,
  type Bande,
  type DefChamp,
  type OptionId,
  type RegimeCentre,
  type SituationCentre,
  type SituationCollectif,
  type SituationLiberale,
  type Structure,
  type TypeChamp,
} from '../../src/schemas/index.ts';

/** A valid value of a field for a structure (lists of objects are built from their fields). */
function valeurValide(type: TypeChamp, structure: Structure): unknown {
  switch (type.sorte) {
    case 'nombre':
      return type.auMoins ?? (type.plusQue !== undefined ? type.plusQue + 1 : 0);
    case 'booleen':
      return true;
    case 'texte':
      return 'x';
    case 'date':
      return '2026-12-01';
    case 'code':
      if (type.discriminant) return structure;
      return codesDe(type.codes, structure)[0];
    case 'liste':
      return [valeurValide(type.element, structure)];
    case 'liste-objets':
      return undefined;
  }
}

const indice = (chemin: string) => chemin.replace(/#/g, '0');

/** A situation of the structure with every one of its fields set to a valid value. */
function complete(structure: Structure): Record<string, unknown> {
  const situation: Record<string, unknown> = {};
  for (const c of CATALOGUE as readonly DefChamp[]) {
    if (!c.structures.includes(structure) || c.type.sorte === 'liste-objets') continue;
    poser(situation, indice(c.chemin), valeurValide(c.type, structure));
  }
  return situation;
}

const champs = (CATALOGUE as readonly DefChamp[]).filter((c) => c.type.sorte !== 'liste-objets');
const avecStructure = champs.map((c) => [c.chemin, c, c.structures[0] as Structure] as const);

const messages = (entree: unknown): string[] => {
  const v = validerSituation(entree);
  return v.ok ? [] : v.erreurs.map((e) => e.message);
};

describe('catalogue des champs', () => {
  it('chaque chemin est unique, et un chemin en « # » suit sa liste d’objets', () => {
    const chemins = CATALOGUE.map((c) => c.chemin);
    expect(new Set(chemins).size).toBe(chemins.length);
    for (const c of CATALOGUE as readonly DefChamp[]) {
      if (!c.chemin.includes('.#.')) continue;
      const liste = CATALOGUE.find((l) => l.chemin === c.chemin.split('.#.')[0]);
      expect(liste?.type.sorte, c.chemin).toBe('liste-objets');
    }
  });

  it('l’ordre des colonnes : les champs du libéral, puis ceux du seul centre, puis du groupe', () => {
    expect(CHAMPS_SITUATION.map((c) => c.chemin).slice(0, 5)).toEqual([
      'structure',
      'regime',
      'reference',
      'dateSignature',
      'annees',
    ]);
    expect(CHAMPS_SITUATION).toHaveLength(CATALOGUE.length);
    expect(CHAMPS_SITUATION.findIndex((c) => c.chemin === 'etpGeneralistes')).toBeGreaterThan(
      CHAMPS_SITUATION.findIndex((c) => c.chemin === 'partHonorairesCliniques'),
    );
  });

  it.each(STRUCTURES)('une situation « %s » avec chacun de ses champs est valide', (structure) => {
    expect(messages(complete(structure))).toEqual([]);
  });

  it.each(avecStructure)('%s est refusé hors de ses structures', (chemin, c) => {
    for (const autre of STRUCTURES.filter((s) => !c.structures.includes(s))) {
      const situation = { structure: autre, dateSignature: '2026-12-01' };
      poser(situation, indice(chemin), valeurValide(c.type, autre));
      expect(messages(situation).join(' ')).toMatch(/champ inconnu/);
    }
  });

  const bornes = avecStructure.filter(([, c]) => c.type.sorte === 'nombre');
  it.each(bornes)('%s : les bornes du catalogue', (chemin, c, structure) => {
    const type = c.type as Extract<TypeChamp, { sorte: 'nombre' }>;
    const avec = (valeur: unknown) => {
      const situation = complete(structure);
      poser(situation, indice(chemin), valeur);
      return messages(situation);
    };
    const nom = indice(chemin);
    if (type.auMoins !== undefined)
      expect(avec(type.auMoins - 1)).toEqual([
        `${nom} : doit être supérieur ou égal à ${type.auMoins} (reçu : ${type.auMoins - 1})`,
      ]);
    if (type.plusQue !== undefined)
      expect(avec(type.plusQue)).toEqual([
        `${nom} : doit être strictement supérieur à ${type.plusQue} (reçu : ${type.plusQue})`,
      ]);
    if (type.auPlus !== undefined) {
      expect(avec(type.auPlus)).toEqual([]);
      expect(avec(type.auPlus + 1)).toHaveLength(1);
    }
    expect(avec(type.auPlus === 1 ? 0.5 : 2.5)).toEqual(
      type.entier ? [`${nom} : doit être un nombre entier (reçu : 2.5)`] : [],
    );
  });

  const codes = avecStructure.filter(([, c]) => c.type.sorte === 'code');
  it.each(codes)('%s : seuls les codes du catalogue', (chemin, c, structure) => {
    const situation = { ...complete(structure), [chemin]: 'zzz' };
    const attendu = chemin === 'structure' ? /doit valoir/ : new RegExp(`^${chemin} : `);
    expect(messages(situation)).toEqual([expect.stringMatching(attendu)]);
  });

  it('les types de la situation sont ceux du format public', () => {
    expectTypeOf<SituationLiberale['option']>().toEqualTypeOf<OptionId | undefined>();
    expectTypeOf<SituationLiberale['bande']>().toEqualTypeOf<Bande | undefined>();
    expectTypeOf<SituationLiberale['rqthOuAld']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SituationCentre['regime']>().toEqualTypeOf<RegimeCentre | undefined>();
    expectTypeOf<SituationCentre['dateSignature']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<SituationCentre['assistants']>[number]>().toEqualTypeOf<{
      anneeDebut: number;
      etp: number;
    }>();
    expectTypeOf<NonNullable<SituationCollectif['patientele']>>().toEqualTypeOf<{
      mt?: number;
      fileActive?: number;
    }>();
    expectTypeOf<SituationCollectif['structure']>().toEqualTypeOf<'collectif'>();
  });
});

describe('poser', () => {
  it('crée les objets et les listes du chemin', () => {
    const cible: Record<string, unknown> = {};
    poser(cible, 'patientele.mtAdultes', 3);
    poser(cible, ['realise', 1, 'mt'], 72);
    expect(cible).toEqual({ patientele: { mtAdultes: 3 }, realise: [undefined, { mt: 72 }] });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuse un segment « %s »', (interdit) => {
    const cible: Record<string, unknown> = {};
    poser(cible, `${interdit}.polluee`, 1);
    poser(cible, ['a', interdit], 1);
    poser(cible, interdit, 1);
    expect(cible).toEqual({});
    expect(({} as Record<string, unknown>).polluee).toBeUndefined();
    expect(poseurDe(`${interdit}.polluee`)).toBeNull();
    expect(poseurDe(['a', interdit])).toBeNull();
    expect(poseurDe([])).toBeNull();
  });

  it('poseurDe : le chemin vérifié une fois, le même effet que poser à chaque appel', () => {
    const a: Record<string, unknown> = { realise: 'texte' };
    const b: Record<string, unknown> = { realise: 'texte' };
    const poserMt = poseurDe('realise.1.mt');
    for (const valeur of [72, 80]) {
      poserMt?.(a, valeur);
      poser(b, 'realise.1.mt', valeur);
    }
    expect(a).toEqual(b);
    expect(a).toEqual({ realise: [undefined, { mt: 80 }] });
  });
});
