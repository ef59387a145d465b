/**
 * French typography in the UI catalogues (issue 10): a no-break space before « : » (U+00A0) and a
 * narrow no-break space before « ? », « ; », « ! » (U+202F), never a plain space that lets the sign
 * start a new line. Every string of each catalogue is checked, functions called with sample values.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/ui/messages/fr.ts';
import { fr as frResultats } from '../../src/ui/messages/fr-resultats.ts';
import { frCal, frComparaison } from '../../src/ui/pages/calendrier/messages.ts';
import { frPageDossiers } from '../../src/ui/pages/dossiers/messages.ts';
import { frSources } from '../../src/ui/pages/sources/messages.ts';
import { frDossiers } from '../../src/ui/persistance/messages.ts';
import { txt as frLot } from '../../src/ui/pages/lot/messages.ts';
import { frCout } from '../../src/ui/pages/cout/messages.ts';

function textes(valeur: unknown, chemin: string, sortie: [string, string][]): [string, string][] {
  if (typeof valeur === 'string') sortie.push([chemin, valeur]);
  else if (typeof valeur === 'function') {
    try {
      const args = Array.from({ length: valeur.length }, (_, i) => (i === 0 ? 'X' : 2));
      textes((valeur as (...a: unknown[]) => unknown)(...args), `${chemin}()`, sortie);
    } catch {
      // A function that needs other arguments: its literal parts are covered by the others.
    }
  } else if (Array.isArray(valeur)) valeur.forEach((v, i) => textes(v, `${chemin}.${i}`, sortie));
  else if (valeur !== null && typeof valeur === 'object')
    for (const [k, v] of Object.entries(valeur)) textes(v, `${chemin}.${k}`, sortie);
  return sortie;
}

const CATALOGUES = {
  fr,
  frResultats,
  frCal,
  frComparaison,
  frPageDossiers,
  frSources,
  frDossiers,
  frLot,
  frCout,
};

describe('typographie française des catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s : pas d’espace ordinaire avant : ? ; !', (nom, cat) => {
    const fautes = textes(cat, nom, [])
      .filter(([, t]) => / [:?;!](\s|$)/.test(t))
      .map(([c, t]) => `${c} : ${t}`);
    expect(fautes).toEqual([]);
  });
});
