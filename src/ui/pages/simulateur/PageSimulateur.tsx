/**
 * The whole simulator at once (frame and wizard, no first step apart): what the component tests
 * render. The page itself (main.tsx) shows its first step from the first load and loads the rest.
 */
import { Cadre } from './Cadre.tsx';
import { Simulateur } from './Simulateur.tsx';

export function PageSimulateur() {
  return (
    <Cadre>
      <Simulateur />
    </Cadre>
  );
}
