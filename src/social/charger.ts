/** Loads the social model on demand (dynamic imports: a chunk of its own in the browser). */
import { creerModeleSocial, type ConstructeurMoteur, type ModeleSocial } from './modele-social.ts';

export async function chargerModeleSocial(): Promise<ModeleSocial> {
  const [{ default: regles }, { default: Engine }] = await Promise.all([
    import('modele-social'),
    import('publicodes'),
  ]);
  return creerModeleSocial(
    regles as unknown as Record<string, unknown>,
    Engine as unknown as ConstructeurMoteur,
  );
}
