/**
 * The rules say what they read (issue 14): `lectures` records the fields an evaluation consults.
 * The property that makes the record worth using: a field it does not report never changes the
 * result, whatever its value — checked for every field of the catalogue, every value of a sample
 * of its type, on the reference cases and on partial situations such as the wizard's.
 */
import { describe, expect, it } from 'vitest';
import { enregistree, journal } from '../../src/engine/lectures.ts';
import { lectures, simuler, type Lectures } from '../../src/engine/simulation.ts';
import type { Situation } from '../../src/engine/saisie.ts';
import {
  avec,
  champsDe,
  situationsDeReference,
  situationsPartielles,
  valeursDe,
  type Structure,
} from './lectures-situations.ts';

/** Whether the record says `chemin` may count: read, or inside a group read absent. */
function lu(l: Lectures, chemin: string): boolean {
  const parent = chemin.includes('.') ? chemin.split('.')[0]! : null;
  return l.lus.includes(chemin) || (parent !== null && l.manquants.includes(parent));
}

/** Fields reported as not read whose some value changes the result: must be none. */
function lecturesOubliees(s: Situation): string[] {
  const l = lectures(s);
  const resultat = JSON.stringify(l.resultat);
  return champsDe(s.structure as Structure)
    .filter((c) => !lu(l, c))
    .filter((c) =>
      valeursDe(s.structure as Structure, c).some(
        (v) => JSON.stringify(lectures(avec(s, c, v)).resultat) !== resultat,
      ),
    );
}

const STRUCTURES: readonly Structure[] = ['liberal', 'centre', 'collectif'];

describe('l’enregistreur de lectures', () => {
  it('note les champs lus par leur nom public, pointé pour les champs imbriqués, et les absents', () => {
    const j = journal();
    const s = enregistree(
      { structure: 'liberal', patientele: { mtAdultes: 900 }, atteinte: [1, 0.5] } as Record<
        string,
        unknown
      >,
      j,
    );
    const p = s.patientele as Record<string, unknown>;
    expect(p.mtAdultes).toBe(900);
    expect(p.mtEnfants).toBeUndefined();
    expect((s.atteinte as number[])[1]).toBe(0.5);
    expect(s.optam).toBeUndefined();
    expect([...j.lus]).toEqual([
      'patientele',
      'patientele.mtAdultes',
      'patientele.mtEnfants',
      'atteinte',
      'optam',
    ]);
    expect([...j.manquants]).toEqual(['patientele.mtEnfants', 'optam']);
  });

  it('une copie lit tout ce qu’elle copie', () => {
    const j = journal();
    const copie = { ...enregistree({ secteur: '1', optam: false }, j) };
    expect(copie).toEqual({ secteur: '1', optam: false });
    expect([...j.lus].sort()).toEqual(['optam', 'secteur']);
  });
});

describe('lectures : le résultat de simuler et les champs lus', () => {
  it.each(situationsDeReference().map((s, i) => [i, s] as const))(
    'cas de référence n° %i : même résultat que simuler',
    (_i, s) => {
      const attendu: Record<string, unknown> = { ...simuler(s) };
      delete attendu.reference;
      expect(lectures(s).resultat).toEqual(attendu);
    },
  );

  it.each(STRUCTURES)(
    '%s : des réponses manquantes ne font pas échouer les règles',
    (structure) => {
      for (const s of situationsPartielles(structure, 300, 0.3)) {
        const l = lectures(s);
        expect(l.lus).toContain('dateSignature');
        expect(l.manquants.every((c) => l.lus.includes(c))).toBe(true);
      }
    },
  );

  it('un contrat libéral de 2025 lit le secteur, et la réponse change le résultat', () => {
    const s = {
      structure: 'liberal',
      dateSignature: '2025-01-10',
      specialite: 'medecine-generale',
      option: 'demi',
      patientele: { mtAdultes: 1200 },
    } as Situation;
    const l = lectures(s);
    expect(l.lus).toContain('secteur');
    expect(l.manquants).toContain('secteur');
    expect(lectures(avec(s, 'secteur', 'non-conventionne')).resultat).not.toEqual(l.resultat);
    // The check below would catch a record that forgot it.
    const oubli = { ...l, lus: l.lus.filter((c) => c !== 'secteur') };
    expect(lu(oubli, 'secteur')).toBe(false);
  });

  it('avant tout dispositif, seule la date est lue (et l’option, recopiée dans le résultat)', () => {
    const l = lectures({ structure: 'liberal', dateSignature: '2018-01-01' } as Situation);
    expect(l.lus.sort()).toEqual(['dateSignature', 'option', 'regime', 'structure']);
  });
});

describe('propriété : un champ non lu ne change jamais le résultat', () => {
  it('cas de référence', () => {
    for (const s of situationsDeReference()) expect(lecturesOubliees(s)).toEqual([]);
  });

  it.each(STRUCTURES)('%s : situations partielles', (structure) => {
    for (const s of situationsPartielles(structure, 120)) expect(lecturesOubliees(s)).toEqual([]);
  });
});

/**
 * The wizard asks a field when the situation without its answer reads it. The first reading of a
 * field cannot depend on its own value: one evaluation of the situation (its groups present, even
 * empty) tells it for every field at once, without one evaluation per field.
 */
describe('propriété : une évaluation suffit pour tous les champs', () => {
  const groupes = (s: Situation): Situation =>
    ({ patientele: {}, objectif: {}, patientsDejaGagnes: {}, ...s }) as Situation;

  it.each(STRUCTURES)('%s', (structure) => {
    for (const s of situationsPartielles(structure, 150)) {
      const une = lectures(groupes(s)).lus;
      for (const c of champsDe(structure)) {
        const sansReponse = lectures(groupes(avec(s, c, undefined))).lus;
        expect([c, une.includes(c)]).toEqual([c, sansReponse.includes(c)]);
      }
    }
  });
});
