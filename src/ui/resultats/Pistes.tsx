/** What would change the verdict, each line a button applying the change. */
import { fr } from '../messages/fr-resultats.ts';
import type { Piste } from '../state/variantes.ts';

/** `statut`: the verdict's; an aid already possible (`a-confirmer`) is not said impossible. */
export function Pistes({
  pistes,
  statut,
  appliquer,
}: {
  pistes: readonly Piste[];
  statut: 'ineligible' | 'a-confirmer';
  appliquer(c: Record<string, string>): void;
}) {
  return (
    <section className="pistes" aria-labelledby="titre-pistes">
      <h3 id="titre-pistes">{fr.variantes.titre}</h3>
      {pistes.length === 0 ? (
        <p>{statut === 'a-confirmer' ? fr.variantes.aucuneAConfirmer : fr.variantes.aucune}</p>
      ) : (
        <ul>
          {pistes.map((p) => (
            <li key={p.cle}>
              {p.phrase}{' '}
              <button
                type="button"
                className="lien"
                aria-label={fr.variantes.appliquerCas(p.si)}
                onClick={() => appliquer(p.changements)}
              >
                {fr.variantes.appliquer}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
