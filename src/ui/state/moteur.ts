/**
 * The rules engine (simulation.ts and engine/simulation.ts) is not part of the simulator's first load:
 * it is fetched right after the first render, long before an option's amounts need it. The results
 * screen imports it itself (lazy chunk). If it cannot be loaded, the option step goes without the
 * amounts; the results screen then shows its French message (components/EchecChargement.tsx).
 */
import { useEffect, useState } from 'react';

export type Simulation = typeof import('./simulation.ts');
/** The loaded module, or where its loading stands. */
export type EtatMoteur = Simulation | 'chargement' | 'echec';

let charge: Simulation | undefined;
let chargement: Promise<Simulation> | undefined;

/** Starts loading the engine once per page (a failed attempt may be retried). */
function chargerMoteur(): Promise<Simulation> {
  chargement ??= import('./simulation.ts').then(
    (m) => (charge = m),
    (erreur: unknown) => {
      chargement = undefined;
      throw erreur;
    },
  );
  return chargement;
}

/** The engine for this component: loading starts after its first render. */
export function useMoteur(): EtatMoteur {
  const [etat, setEtat] = useState<EtatMoteur>(() => charge ?? 'chargement');
  useEffect(() => {
    if (charge) return;
    let actif = true;
    chargerMoteur().then(
      (m) => {
        if (actif) setEtat(m);
      },
      (erreur: unknown) => {
        console.error(erreur);
        if (actif) setEtat('echec');
      },
    );
    return () => {
      actif = false;
    };
  }, []);
  return etat;
}
