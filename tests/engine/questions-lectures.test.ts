/**
 * The wizard's questions (engine/questions.ts, still written by hand) against what the rules read
 * (engine/lectures.ts), field by field, as the wizard asks (ui/state/questions.ts): is the field
 * useful for the situation without its answer? A field the rules read but the wizard hides must
 * change neither the verdict nor the amounts, whatever its value: otherwise the questions have
 * drifted from the rules. The other differences are written down, so that replacing the hand-written
 * lists by the readings (issue 14) knows what the wizard would ask differently.
 */
import { describe, expect, it } from 'vitest';
import { questionsUtiles, type Situation } from '../../src/engine/saisie.ts';
import { lectures, type Resultat } from '../../src/engine/simulation.ts';
import {
  avec,
  champsDe,
  situationsPartielles,
  valeursDe,
  type Structure,
} from './lectures-situations.ts';

/** Not questions of the wizard: forced by files, only copied, or the projection's length. */
const PAS_DES_QUESTIONS = new Set(['regime', 'reference', 'annees']);
/** Groups of fields: an absent group reads like an empty one, whose fields are then noted. */
const GROUPES = ['patientele', 'objectif', 'patientsDejaGagnes'];

function avecGroupes(s: Situation): Situation {
  const copie: Record<string, unknown> = { ...s };
  for (const g of GROUPES) copie[g] ??= {};
  return copie as Situation;
}

/** The verdict and the amounts: what a hidden question must not change. */
function verdict(r: Resultat): string {
  return JSON.stringify([
    r.eligibilite.statut,
    r.eligibilite.raisons.map((x) => x.code).sort(),
    r.annees.map((a) => a.montant),
    r.total,
    r.objectif.mt,
    r.objectif.fileActive,
  ]);
}

interface Ecarts {
  /** Read by the rules, hidden by the wizard: how its values change the result. */
  lusCaches: Map<string, 'sans-effet' | 'explication' | 'verdict'>;
  /** Asked by the wizard, not read by the rules for that situation. */
  demandesNonLus: Set<string>;
}

function ecarts(structure: Structure, n: number): Ecarts {
  const e: Ecarts = { lusCaches: new Map(), demandesNonLus: new Set() };
  const rang = { 'sans-effet': 0, explication: 1, verdict: 2 } as const;
  for (const s of situationsPartielles(structure, n)) {
    if (!('dateSignature' in s)) continue; // the wizard asks nothing before a valid date
    for (const q of champsDe(structure).filter((c) => !PAS_DES_QUESTIONS.has(c))) {
      const sans = avec(s, q, undefined);
      const champs = questionsUtiles(sans).champs;
      const demande = champs.includes(q) || champs.includes(q.split('.')[0]!);
      const lu = lectures(avecGroupes(sans)).lus.includes(q);
      if (demande && !lu) e.demandesNonLus.add(q);
      if (!lu || demande) continue;
      const base = lectures(sans).resultat;
      const variantes = valeursDe(structure, q).map((v) => lectures(avec(sans, q, v)).resultat);
      const effet = variantes.some((r) => verdict(r) !== verdict(base))
        ? 'verdict'
        : variantes.some((r) => JSON.stringify(r) !== JSON.stringify(base))
          ? 'explication'
          : 'sans-effet';
      const avant = e.lusCaches.get(q);
      if (avant === undefined || rang[effet] > rang[avant]) e.lusCaches.set(q, effet);
    }
  }
  return e;
}

describe('les questions de l’assistant et les champs que lisent les règles', () => {
  it('libéral', () => {
    const e = ecarts('liberal', 400);
    // Before any scheme the option is only copied into the result (always asked anyway).
    expect(Object.fromEntries(e.lusCaches)).toEqual({ option: 'explication' });
    // Achievements and objectives are read from year 3 of a computed plan only; the children
    // of a newly installed GP under avenant 7 are not read (the exemption is already granted),
    // nor RQTH/ALD; a specialist's file active is offered by the wizard whatever the rules read;
    // the MT counts are not read where the CPAM's band and objective leave nothing to count.
    expect([...e.demandesNonLus].sort()).toEqual([
      'atteinte',
      'objectif.mt',
      'patientele.fileActive',
      'patientele.mtAdultes',
      'patientele.mtEnfants',
      'realise',
      'rqthOuAld',
    ]);
  });

  it('centre de santé', () => {
    const e = ecarts('centre', 300);
    expect(Object.fromEntries(e.lusCaches)).toEqual({});
    // Before the first centre regime only the date is read.
    expect([...e.demandesNonLus].sort()).toEqual([
      'assistants',
      'atteinte',
      'etpGeneralistes',
      'etpSpecialistes',
      'nouveauCentre',
      'objectif.fileActive',
      'objectif.mt',
      'patientele.fileActive',
      'patientele.mtAdultes',
      'realise',
    ]);
  });

  it('contrat collectif', () => {
    const e = ecarts('collectif', 300);
    expect(Object.fromEntries(e.lusCaches)).toEqual({});
    // Achievements are read from a computed plan only.
    expect([...e.demandesNonLus].sort()).toEqual(['atteinte', 'realise']);
  });
});
