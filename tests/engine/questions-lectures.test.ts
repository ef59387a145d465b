/**
 * The wizard asks what the rules read (ui/state/questions.ts, issue 14). Two properties over the
 * reference cases' structures and seeded partial situations, as the wizard holds them while it is
 * being filled:
 * - a question the wizard hides never changes the result (verdict, amounts, explanations), whatever
 *   its answer;
 * - no question comes too late: whether a field is asked on its step does not depend on answers
 *   given on later steps (or on the results page), so the user never has to come back.
 */
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../src/engine/saisie.ts';
import { simuler } from '../../src/engine/simulation.ts';
import { utilite } from '../../src/ui/state/questions.ts';
import { ETAPES } from '../../src/ui/wizard/etapes.ts';
import {
  avec,
  champsDe,
  situationsPartielles,
  valeursDe,
  type Structure,
} from './lectures-situations.ts';

/** Not questions: forced by files, only copied, or the projection's length. */
const PAS_DES_QUESTIONS = new Set(['regime', 'reference', 'annees']);

/** The wizard's steps of a structure, each with the fields it may ask, in order. */
function etapesDe(structure: Structure): string[][] {
  return ETAPES.filter((e) => (e.structures as readonly string[]).includes(structure)).map((e) =>
    e.champs.filter((c) => c !== 'structure'),
  );
}

/** The last step that may ask a field (the ZIP of a second assistant is asked with the option). */
function rangDe(structure: Structure, champ: string): number {
  const etapes = etapesDe(structure);
  for (let i = etapes.length - 1; i >= 0; i -= 1) if (etapes[i]!.includes(champ)) return i;
  return etapes.length; // asked on the results page (achievements, the CPAM's objective)
}

function questionsDe(structure: Structure): string[] {
  return champsDe(structure).filter((c) => !PAS_DES_QUESTIONS.has(c));
}

const resultat = (s: Situation) => JSON.stringify(simuler(s));

/** Hidden questions whose some answer changes the result: must be none. */
function cacheesQuiComptent(structure: Structure, n: number): string[] {
  const fautifs = new Set<string>();
  for (const s of situationsPartielles(structure, n)) {
    if (!('dateSignature' in s)) continue; // the wizard asks nothing before a valid date
    const utile = utilite(s);
    const avant = resultat(s);
    for (const q of questionsDe(structure)) {
      if (utile(q) || fautifs.has(q)) continue;
      if (valeursDe(structure, q).some((v) => resultat(avec(s, q, v)) !== avant)) fautifs.add(q);
    }
  }
  return [...fautifs];
}

/** Fields asked only once a later step (or the results page) is answered: must be none. */
function tardives(structure: Structure, n: number): string[] {
  const fautifs = new Set<string>();
  const questions = questionsDe(structure);
  for (const s of situationsPartielles(structure, n, 0.7)) {
    if (!('dateSignature' in s)) continue;
    const utile = utilite(s);
    for (const q of questions) {
      if (!utile(q) || fautifs.has(q)) continue;
      const rang = rangDe(structure, q);
      const plusTard = questions.filter(
        (c) => c !== q && c !== 'dateSignature' && rangDe(structure, c) > rang,
      );
      const avantEux = plusTard.reduce((t, c) => avec(t, c, undefined), s);
      if (!utilite(avantEux)(q)) fautifs.add(q);
    }
  }
  return [...fautifs];
}

const STRUCTURES: readonly Structure[] = ['liberal', 'centre', 'collectif'];

describe('les questions de l’assistant sont les champs que lisent les règles', () => {
  it.each(STRUCTURES)('%s : une question cachée ne change jamais le résultat', (structure) => {
    expect(cacheesQuiComptent(structure, 250)).toEqual([]);
  });

  it.each(STRUCTURES)(
    '%s : aucune question ne vient après les réponses des étapes suivantes',
    (structure) => {
      expect(tardives(structure, 250)).toEqual([]);
    },
  );
});

/**
 * A band the doctor does not know: the results show the plan of each band (ui/state/incertitudes.ts),
 * so every field some band's evaluation reads must be asked without the band.
 */
function luesSelonLaBande(n: number): string[] {
  const fautifs = new Set<string>();
  for (const s of situationsPartielles('liberal', n, 0.7)) {
    if (!('dateSignature' in s) || 'bande' in s) continue;
    const utile = utilite(s);
    for (const bande of valeursDe('liberal', 'bande')) {
      const avecBande = utilite(avec(s, 'bande', bande));
      for (const q of questionsDe('liberal'))
        if (avecBande(q) && !utile(q) && rangDe('liberal', q) < etapesDe('liberal').length)
          fautifs.add(q);
    }
  }
  return [...fautifs];
}

describe('bande inconnue', () => {
  it('toute question que lit le plan d’une bande est posée sans la bande', () => {
    expect(luesSelonLaBande(250)).toEqual([]);
  });
});

/** Asked on the results page (achievements, the CPAM's objective), not by a step. */
const SUR_LES_RESULTATS = new Set(['atteinte', 'realise', 'objectif.mt', 'objectif.fileActive']);

describe('chaque champ que lisent les règles a sa place dans l’assistant', () => {
  it.each(STRUCTURES)(
    '%s : un champ lu sans étape ne pourrait jamais être répondu',
    (structure) => {
      const sansEtape = new Set<string>();
      for (const s of situationsPartielles(structure, 250, 0.7)) {
        const utile = utilite(s);
        for (const q of questionsDe(structure))
          if (
            utile(q) &&
            !SUR_LES_RESULTATS.has(q) &&
            rangDe(structure, q) === etapesDe(structure).length
          )
            sansEtape.add(q);
      }
      expect([...sansEtape]).toEqual([]);
    },
  );
});
