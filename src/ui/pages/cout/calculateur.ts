/**
 * Computes the social model's entries off the main thread (a Web Worker: building the model takes
 * about a second), or in this thread where there is no Worker (tests). One request at a time.
 */
import type { CotisationsCalculees, EntreeCotisations } from '../../../engine/cout.ts';
import type { ModeleSocial } from '../../../social/modele-social.ts';
import type { DemandeCotisations, ReponseCotisations } from '../../../social/travailleur.ts';

export type Calculateur = (
  entrees: EntreeCotisations[],
) => Promise<[string, CotisationsCalculees][]>;

let modeleDuFil: Promise<ModeleSocial> | null = null;

function dansCeFil(): Calculateur {
  modeleDuFil ??= import('../../../social/charger.ts').then((m) => m.chargerModeleSocial());
  const modele = modeleDuFil;
  return async (entrees) => {
    const [m, { cleEntree }] = await Promise.all([
      modele,
      import('../../../social/modele-social.ts'),
    ]);
    return entrees.map((e) => [cleEntree(e), m.calculer(e)]);
  };
}

export function creerCalculateur(): Calculateur {
  if (typeof Worker === 'undefined') return dansCeFil();
  const travailleur = new Worker(new URL('../../../social/travailleur.ts', import.meta.url), {
    type: 'module',
  });
  let file: Promise<unknown> = Promise.resolve();
  return (entrees) => {
    const suivant = file.then(
      () =>
        new Promise<[string, CotisationsCalculees][]>((resoudre, rejeter) => {
          travailleur.onmessage = ({ data }: MessageEvent<ReponseCotisations>) =>
            data.type === 'resultats' ? resoudre(data.resultats) : rejeter(new Error(data.message));
          travailleur.onerror = (e) => rejeter(new Error(e.message || 'erreur du modèle social'));
          travailleur.postMessage({ entrees } satisfies DemandeCotisations);
        }),
    );
    file = suivant.catch(() => undefined);
    return suivant;
  };
}
