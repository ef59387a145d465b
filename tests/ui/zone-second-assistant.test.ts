/**
 * The ZIP question of a second assistant (convention 2024): the engine says it matters only once
 * the option is 1,5 or 2 ETP, chosen after the practice step; the option step asks it then
 * (issue 10). Under avenant 7 the zone matters whatever the option: the practice step asks it.
 */
import { describe, expect, it } from 'vitest';
import { validerSituation, type Situation } from '../../src/engine/saisie.ts';
import { utilite } from '../../src/ui/state/questions.ts';
import { ETAPES, champsVisibles, type Contexte } from '../../src/ui/wizard/etapes.ts';

function contexte(entree: Record<string, unknown>): Contexte {
  const v = validerSituation({
    structure: 'liberal',
    specialite: 'medecine-generale',
    secteur: '1',
    ...entree,
  });
  if (!v.ok) throw new Error(v.erreurs.map((e) => e.message).join(' ; '));
  const s = v.situation as Situation & { option?: string };
  return {
    reponses: {},
    structure: 'liberal',
    utile: utilite(s),
    utileSansOption: utilite({ ...s, option: undefined } as Situation),
  };
}

const etape = (id: string) => ETAPES.find((e) => e.id === id)!;
const zone = (id: string, ctx: Contexte) =>
  champsVisibles(etape(id), ctx).includes('zoneSousDense');

describe('question « zone sous-dense » selon l’option', () => {
  it.each([
    ['double', true],
    ['plein-et-demi', true],
    ['plein', false],
  ])(
    'convention 2024, option %s : posée à l’étape option = %s, jamais à l’étape exercice',
    (option, attendu) => {
      const ctx = contexte({ dateSignature: '2025-02-01', option });
      expect(zone('option', ctx)).toBe(attendu);
      expect(zone('exercice', ctx)).toBe(false);
    },
  );

  it('avenant 7 : posée à l’étape exercice, pas répétée à l’étape option', () => {
    const ctx = contexte({ dateSignature: '2021-03-01', option: 'demi' });
    expect(zone('exercice', ctx)).toBe(true);
    expect(zone('option', ctx)).toBe(false);
  });
});
