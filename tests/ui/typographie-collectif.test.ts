/**
 * French typography of the collective contract's wording (as tests/ui/typographie.test.ts for the
 * other catalogues): a no-break space before « : », a narrow no-break space before « ? ; ! ».
 */
import { describe, expect, it } from 'vitest';
import { frCollectif } from '../../src/ui/messages/fr-collectif.ts';
import { frCollectifResultats } from '../../src/ui/messages/fr-collectif-resultats.ts';

function textes(valeur: unknown, chemin: string, sortie: [string, string][]): [string, string][] {
  if (typeof valeur === 'string') sortie.push([chemin, valeur]);
  else if (typeof valeur === 'function') {
    const args = Array.from({ length: valeur.length }, (_, i) => (i === 0 ? 'X' : 'Y'));
    textes((valeur as (...a: unknown[]) => unknown)(...args), `${chemin}()`, sortie);
  } else if (valeur !== null && typeof valeur === 'object')
    for (const [k, v] of Object.entries(valeur)) textes(v, `${chemin}.${k}`, sortie);
  return sortie;
}

describe('typographie française du contrat collectif', () => {
  it.each(Object.entries({ frCollectif, frCollectifResultats }))(
    '%s : pas d’espace ordinaire avant : ? ; ! ni à l’intérieur des guillemets',
    (nom, catalogue) => {
      const fautes = textes(catalogue, nom, [])
        .filter(([, t]) => / [:?;!](\s|$)/.test(t) || /« | »/.test(t))
        .map(([c, t]) => `${c} : ${t}`);
      expect(fautes).toEqual([]);
    },
  );
});
