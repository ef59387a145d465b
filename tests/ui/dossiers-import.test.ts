/**
 * Issue 9 item 7: an imported case file whose field names are Object.prototype's (`constructor`,
 * `toString`, `__proto__`) is refused with a message naming that field, never « function Object() ».
 */
import { describe, expect, it } from 'vitest';
import { lireDossierJson } from '../../src/ui/persistance/schema.ts';
import { libelleChamp } from '../../src/ui/messages/erreurs-champs.ts';

const DOSSIER = {
  format: 'simulateur-assistant-medical',
  version: 1,
  nom: 'Cabinet',
  enregistreLe: '2026-11-23T10:00:00.000Z',
  versionRegles: '2026.11-1',
  reponses: { structure: 'liberal' },
  resultat: { total: 0, montants: [] },
};

describe('import : noms de champs hérités d’Object', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'une clé « %s » est nommée telle quelle',
    (cle) => {
      const lu = lireDossierJson(JSON.stringify({ ...DOSSIER, [cle]: 'x' }));
      expect(lu.ok).toBe(false);
      if (lu.ok) return;
      expect(lu.erreur.replace(/[\u00a0\u202f]/g, ' ')).toBe(
        `Champ « ${cle} » : champ inconnu de ce format.`,
      );
      expect(lu.erreur).not.toMatch(/function|native code/);
    },
  );

  it('le libellé d’un champ d’erreur « constructor » n’est pas une fonction', () => {
    expect(libelleChamp('constructor', 'liberal')).toBe('constructor');
    expect(libelleChamp('toString.x', undefined)).toBe('toString.x');
  });
});
