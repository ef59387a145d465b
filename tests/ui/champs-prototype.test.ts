/** The UI's answers → situation builder never reaches an object's prototype (issue 9). */
import { describe, expect, it } from 'vitest';
import { versSituation } from '../../src/ui/state/champs.ts';

describe('réponses de l’URL hostiles', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'une clé « %s » ne change ni la situation ni Object.prototype',
    (cle) => {
      // As the URL parser builds them: own keys of a plain record.
      const reponses = JSON.parse(
        `{"structure":"liberal","${cle}":"1:2","dateSignature":"2025-02-01"}`,
      ) as Record<string, string>;
      const situation = versSituation(reponses);
      expect(Object.getPrototypeOf(situation)).toBe(Object.prototype);
      expect(Object.keys(situation)).toEqual(['structure', 'dateSignature']);
      expect(({} as Record<string, unknown>).anneeDebut).toBeUndefined();
    },
  );
});
