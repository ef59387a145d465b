/**
 * The URL mirrors the answers (model: mon-entreprise searchParams — only known keys are accepted:
 * the answers of the schemas' field catalogue, state/champs.ts).
 *
 * Format, version 1: `?v=1&etape=<step id>&<field>=<value>…` where <field> is a public field name
 * of the situation (dotted for nested ones: `patientele.mtAdultes`, `objectif.fileActive`).
 * Booleans are `true`/`false`; lists are `;`-separated: `atteinte=1;1;0.6` (fractions, an empty item
 * means 100 %), `realise.mt=100;200;270` and `realise.fileActive=400;550;700` (cumulative patients
 * per contract year), `assistants=1:2;3:0.5` (anneeDebut:etp per row). Unknown keys, values the
 * schema rejects and links of another version are dropped, with a notice.
 */
import { analyser } from './analyse.ts';
import { CHAMPS, type Reponses } from './champs.ts';

export const VERSION_URL = '1';

export interface LectureUrl {
  reponses: Record<string, string>;
  etape: string | null;
  /** Parameters dropped (unknown, invalid), to tell the user. */
  ignores: string[];
  /** Values dropped because the schema rejects them, by key (the wizard may keep one to show it). */
  invalides: Record<string, string>;
  versionInconnue: boolean;
}

function encoder(valeur: string): string {
  return encodeURIComponent(valeur).replace(/%3B/gi, ';').replace(/%3A/gi, ':');
}

export function ecrireUrl(reponses: Reponses, etape: string): string {
  const morceaux = [`v=${VERSION_URL}`, `etape=${encoder(etape)}`];
  for (const cle of Object.keys(CHAMPS)) {
    const valeur = reponses[cle];
    if (valeur !== undefined && valeur !== '') morceaux.push(`${cle}=${encoder(valeur)}`);
  }
  return `?${morceaux.join('&')}`;
}

export function lireUrl(recherche: string, etapesConnues: readonly string[]): LectureUrl {
  const params = new URLSearchParams(recherche);
  const version = params.get('v');
  const ignores: string[] = [];
  if (version !== null && version !== VERSION_URL) {
    return {
      reponses: {},
      etape: null,
      ignores: [...params.keys()].filter((k) => k !== 'v'),
      invalides: {},
      versionInconnue: true,
    };
  }
  const brutes: Record<string, string> = {};
  let etape: string | null = null;
  for (const [cle, valeur] of params) {
    if (cle === 'v') continue;
    if (cle === 'etape') {
      if (etapesConnues.includes(valeur)) etape = valeur;
      else ignores.push(cle);
    } else if (Object.hasOwn(CHAMPS, cle) && !(cle in brutes)) brutes[cle] = valeur;
    else ignores.push(cle);
  }
  const { ecartees } = analyser(brutes);
  const reponses: Record<string, string> = {};
  const invalides: Record<string, string> = {};
  for (const [cle, valeur] of Object.entries(brutes)) {
    if (ecartees.includes(cle)) {
      ignores.push(cle);
      invalides[cle] = valeur;
    } else reponses[cle] = valeur;
  }
  return { reponses, etape, ignores, invalides, versionInconnue: false };
}
