/** Writes chunks to a stream, waiting when its buffer is full (stdout may be a slow pipe). */
import { once } from 'node:events';

export async function ecrire(
  flux: NodeJS.WritableStream,
  morceaux: Iterable<string>,
): Promise<void> {
  for (const morceau of morceaux) {
    if (!flux.write(morceau)) await once(flux, 'drain');
  }
}
