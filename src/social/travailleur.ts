/** Web Worker of the cost page: builds the social model once, computes the entries it is sent. */
import type { CotisationsCalculees, EntreeCotisations } from '../engine/cout.ts';
import { chargerModeleSocial } from './charger.ts';
import { cleEntree, type ModeleSocial } from './modele-social.ts';

export interface DemandeCotisations {
  entrees: EntreeCotisations[];
}
export type ReponseCotisations =
  | { type: 'resultats'; resultats: [string, CotisationsCalculees][] }
  | { type: 'erreur'; message: string };

let modele: Promise<ModeleSocial> | null = null;

self.onmessage = async ({ data }: MessageEvent<DemandeCotisations>) => {
  let reponse: ReponseCotisations;
  try {
    modele ??= chargerModeleSocial();
    const m = await modele;
    reponse = {
      type: 'resultats',
      resultats: data.entrees.map((e) => [cleEntree(e), m.calculer(e)]),
    };
  } catch (erreur) {
    reponse = {
      type: 'erreur',
      message: erreur instanceof Error ? erreur.message : String(erreur),
    };
  }
  self.postMessage(reponse);
};
