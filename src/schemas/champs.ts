/**
 * The field catalogue: every field of the public situation (../shared/cases/README.md), once, with
 * its type and bounds, its structures, the wizard's widget and its French headers in files
 * (champ.ts describes an entry; the entries are in champs-communs.ts and champs-exercice.ts). The
 * zod schemas are built from it (zod-champs.ts), and so are the simulator's answers and URL keys
 * (ui/state/champs.ts), its wizard's widgets (ui/wizard/Champ.tsx) and the columns and French
 * headers of CSV and Excel files (fichiers/champs.ts, fichiers/alias.ts).
 *
 * The order is each structure's schema order (it orders the validation messages): filtered by
 * structure, this list gives a liberal doctor's, a centre's and a group's fields in order.
 */
import type { DefChamp } from './champ.ts';
import { CHAMPS_COMMUNS, CHAMPS_SIGNATAIRES } from './champs-communs.ts';
import { CHAMPS_ASSISTANTS, CHAMPS_EXERCICE } from './champs-exercice.ts';
import { STRUCTURES, type Structure } from './codes.ts';

export const CATALOGUE = [
  ...CHAMPS_COMMUNS,
  ...CHAMPS_SIGNATAIRES,
  ...CHAMPS_EXERCICE,
  ...CHAMPS_ASSISTANTS,
] as const satisfies readonly DefChamp[];

/** Public field paths (`patientele.mtAdultes`, `realise.#.mt`). */
export type CheminChamp = (typeof CATALOGUE)[number]['chemin'];

const aLaStructure = (c: DefChamp, s: Structure): boolean => c.structures.includes(s);

/**
 * The catalogue in the order of files' columns and of the simulator's URL: a liberal doctor's
 * fields, then those only a centre has, then those only a group has.
 */
export const CHAMPS_SITUATION: readonly DefChamp[] = STRUCTURES.flatMap((s, i) =>
  CATALOGUE.filter(
    (c) => aLaStructure(c, s) && !STRUCTURES.slice(0, i).some((avant) => aLaStructure(c, avant)),
  ),
);

const PAR_CHEMIN: ReadonlyMap<string, DefChamp> = new Map(CATALOGUE.map((c) => [c.chemin, c]));

/** The entry of a public path (`#` for list indices), if any. */
export function champDe(chemin: string): DefChamp | undefined {
  return PAR_CHEMIN.get(chemin);
}
