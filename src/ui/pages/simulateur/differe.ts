/**
 * The full wizard (Simulateur.tsx), loaded on demand: fetched right after the first step is shown,
 * so that it is there when « Suivant » is pressed; a page opened on a link waits for it.
 */
import { lazy, type ComponentType } from 'react';

type ModuleSimulateur = typeof import('./Simulateur.tsx');
type PropsSimulateur = Parameters<ModuleSimulateur['Simulateur']>[0];

let charge: ModuleSimulateur | undefined;
let chargement: Promise<ModuleSimulateur> | undefined;

/** Starts loading the wizard once per page (a failed attempt may be retried). */
export function chargerSimulateur(): Promise<ModuleSimulateur> {
  chargement ??= import('./Simulateur.tsx').then(
    (m) => (charge = m),
    (erreur: unknown) => {
      chargement = undefined;
      throw erreur;
    },
  );
  return chargement;
}

const SimulateurDiffere = lazy(() => chargerSimulateur().then((m) => ({ default: m.Simulateur })));

/** The wizard component: itself once loaded (no fallback shown), else its lazy stand-in. */
export function composantSimulateur(): ComponentType<PropsSimulateur> {
  return charge?.Simulateur ?? SimulateurDiffere;
}

/**
 * A link straight to the results: their screen (and the rules engine it imports) is fetched beside
 * the wizard rather than after it. A failure is shown by the results screen itself.
 */
export function prechargerResultats(): void {
  import('../../resultats/Resultats.tsx').catch(() => {});
}
