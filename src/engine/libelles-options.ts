/**
 * The short French label of each option code (RULES.md §2): written once for the reasons, the
 * results, the comparisons and the files' column reference.
 */
import type { OptionId } from '../schemas/index.ts';

export const LIBELLES_OPTIONS: Readonly<Record<OptionId, string>> = {
  tiers: '⅓ ETP',
  demi: '½ ETP',
  plein: '1 ETP',
  'plein-et-demi': '1,5 ETP',
  double: '2 ETP',
};
