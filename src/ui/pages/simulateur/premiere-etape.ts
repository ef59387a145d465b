/**
 * When the first load can show the first step by itself: the address asks for nothing but that step
 * (a fresh visit, or the first step reloaded): `?v=1&etape=structure`, a structure, today's date.
 * Anything else (a shared link, another step, a value to check or to report) goes to the full
 * wizard, which reads the address with the schemas.
 */
export const STRUCTURES = ['liberal', 'centre', 'collectif'] as const;
export type StructureChoisie = (typeof STRUCTURES)[number];

const estStructure = (v: string): v is StructureChoisie =>
  (STRUCTURES as readonly string[]).includes(v);

/** The first step's state read from the address, or null when the full wizard must read it. */
export function departSimple(
  recherche: string,
  aujourdhui: string,
): { structure: StructureChoisie | undefined } | null {
  const params = new URLSearchParams(recherche);
  const vus = new Set<string>();
  let structure: StructureChoisie | undefined;
  for (const [cle, valeur] of params) {
    if (vus.has(cle)) return null;
    vus.add(cle);
    if (cle === 'structure' && estStructure(valeur)) structure = valeur;
    else if (
      !(cle === 'v' && valeur === '1') &&
      !(cle === 'etape' && valeur === 'structure') &&
      !(cle === 'dateSignature' && valeur === aujourdhui)
    )
      return null;
  }
  return { structure };
}

/**
 * The first step's address, as state/url.ts writes it (version 1; the structure, then the date):
 * tests/ui/premiere-etape.test.tsx checks that both agree.
 */
export function adressePremiereEtape(
  structure: StructureChoisie | undefined,
  date: string,
): string {
  return `?v=1&etape=structure${structure ? `&structure=${structure}` : ''}&dateSignature=${date}`;
}
