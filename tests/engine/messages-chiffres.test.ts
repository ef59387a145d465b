/** The numbers of the reasons' sentences, formatted once each (messages.ts), read as before. */
import { describe, expect, it } from 'vitest';
import { messageRaison } from '../../src/engine/messages.ts';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const phrase = (plafond: number) =>
  messageRaison('plafond-applique', { plafond, parCentre: 4, demande: 1.5, retenu: 1.25 });

describe('nombres des raisons', () => {
  it('les mêmes phrases, nombre après nombre, deux fois de suite (la seconde depuis la mémoire)', () => {
    const valeurs = [0, 0.5, 1, 1.25, 2.345, 1200, 12000.5, -3, 1e6];
    const premieres = valeurs.map(phrase);
    expect(valeurs.map(phrase)).toEqual(premieres);
    for (const [i, v] of valeurs.entries())
      expect(premieres[i]).toContain(`au plus ${nombre.format(v)} ETP`);
    expect(phrase(1200)).toContain('au plus 1\u202f200 ETP');
  });

  it('-0 reste écrit comme Intl l’écrit, même après 0', () => {
    phrase(0);
    expect(phrase(-0)).toContain(`au plus ${nombre.format(-0)} ETP`);
    expect(phrase(0)).toContain('au plus 0 ETP');
  });
});
