/**
 * The disclaimer every page carries, on screen and on paper (issue 10): an independent simulator,
 * an indicative figure; only the contract signed with the CPAM counts.
 */
import { frAccueil as fr } from '../messages/fr-accueil.ts';

export function Avertissement() {
  return <p className="avertissement">{fr.avertissement}</p>;
}
