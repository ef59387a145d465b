/**
 * The specialty catalogue of the public format (../shared/cases/README.md, `specialite`): the CNAM
 * nomenclature of liberal doctors' specialties as kebab-case ASCII slugs, plus `autre` for a
 * specialty the catalogue lacks (RULES.md §8.1, revised 2026-11). Any other value is invalid, with
 * the closest slugs suggested: a typo must never pass for "another specialty".
 */

export interface Specialite {
  slug: string;
  libelle: string;
}

export const SPECIALITES: readonly Specialite[] = [
  { slug: 'medecine-generale', libelle: 'Médecine générale' },
  { slug: 'mep', libelle: 'Médecin à exercice particulier (MEP)' },
  { slug: 'allergologie', libelle: 'Allergologie' },
  { slug: 'anatomo-cytopathologie', libelle: 'Anatomie et cytologie pathologiques' },
  { slug: 'anesthesie-reanimation', libelle: 'Anesthésie-réanimation' },
  { slug: 'biologie-medicale', libelle: 'Biologie médicale' },
  { slug: 'cardiologie', libelle: 'Cardiologie et maladies vasculaires' },
  { slug: 'chirurgie-generale', libelle: 'Chirurgie générale' },
  { slug: 'chirurgie-infantile', libelle: 'Chirurgie infantile (pédiatrique)' },
  { slug: 'chirurgie-maxillo-faciale', libelle: 'Chirurgie maxillo-faciale' },
  { slug: 'chirurgie-orale', libelle: 'Chirurgie orale' },
  { slug: 'chirurgie-orthopedique', libelle: 'Chirurgie orthopédique et traumatologie' },
  { slug: 'chirurgie-plastique', libelle: 'Chirurgie plastique, reconstructrice et esthétique' },
  {
    slug: 'chirurgie-thoracique-cardiovasculaire',
    libelle: 'Chirurgie thoracique et cardio-vasculaire',
  },
  { slug: 'chirurgie-urologique', libelle: 'Chirurgie urologique (urologie)' },
  { slug: 'chirurgie-vasculaire', libelle: 'Chirurgie vasculaire' },
  { slug: 'chirurgie-viscerale', libelle: 'Chirurgie viscérale et digestive' },
  { slug: 'dermatologie', libelle: 'Dermatologie et vénérologie' },
  { slug: 'endocrinologie', libelle: 'Endocrinologie, diabétologie et maladies métaboliques' },
  { slug: 'gastro-enterologie', libelle: 'Gastro-entérologie et hépatologie' },
  { slug: 'genetique-medicale', libelle: 'Génétique médicale' },
  { slug: 'geriatrie', libelle: 'Gériatrie' },
  { slug: 'gynecologie-medicale', libelle: 'Gynécologie médicale' },
  { slug: 'gynecologie-obstetrique', libelle: 'Gynécologie-obstétrique' },
  { slug: 'hematologie', libelle: 'Hématologie' },
  { slug: 'maladies-infectieuses', libelle: 'Maladies infectieuses et tropicales' },
  { slug: 'medecine-intensive-reanimation', libelle: 'Médecine intensive-réanimation' },
  { slug: 'medecine-interne', libelle: 'Médecine interne et immunologie clinique' },
  { slug: 'medecine-legale', libelle: 'Médecine légale et expertises médicales' },
  { slug: 'medecine-nucleaire', libelle: 'Médecine nucléaire' },
  { slug: 'medecine-physique-readaptation', libelle: 'Médecine physique et de réadaptation' },
  { slug: 'medecine-urgence', libelle: 'Médecine d’urgence' },
  { slug: 'medecine-vasculaire', libelle: 'Médecine vasculaire' },
  { slug: 'nephrologie', libelle: 'Néphrologie' },
  { slug: 'neurochirurgie', libelle: 'Neurochirurgie' },
  { slug: 'neurologie', libelle: 'Neurologie' },
  { slug: 'neuropsychiatrie', libelle: 'Neuropsychiatrie' },
  { slug: 'obstetrique', libelle: 'Obstétrique' },
  { slug: 'oncologie-medicale', libelle: 'Oncologie médicale' },
  { slug: 'ophtalmologie', libelle: 'Ophtalmologie' },
  { slug: 'orl', libelle: 'Oto-rhino-laryngologie et chirurgie cervico-faciale (ORL)' },
  { slug: 'pediatrie', libelle: 'Pédiatrie' },
  { slug: 'pneumologie', libelle: 'Pneumologie' },
  { slug: 'psychiatrie', libelle: 'Psychiatrie' },
  { slug: 'psychiatrie-enfant', libelle: 'Psychiatrie de l’enfant et de l’adolescent' },
  { slug: 'radiologie', libelle: 'Radiologie et imagerie médicale' },
  { slug: 'radiotherapie', libelle: 'Radiothérapie (oncologie radiothérapique)' },
  { slug: 'rhumatologie', libelle: 'Rhumatologie' },
  { slug: 'sante-publique', libelle: 'Santé publique et médecine sociale' },
  { slug: 'stomatologie', libelle: 'Stomatologie' },
];

/** A specialty missing from the catalogue: the CPAM checks it (verdict « à confirmer »). */
export const SPECIALITE_AUTRE = 'autre';

export const SLUGS_SPECIALITES: readonly string[] = [
  ...SPECIALITES.map((s) => s.slug),
  SPECIALITE_AUTRE,
];

/** Words people type for a specialty whose slug does not contain them. */
const SYNONYMES: Readonly<Record<string, string>> = {
  generaliste: 'medecine-generale',
  'medecin-generaliste': 'medecine-generale',
  mg: 'medecine-generale',
  pediatre: 'pediatrie',
  cardiologue: 'cardiologie',
  dermatologue: 'dermatologie',
  psychiatre: 'psychiatrie',
  ophtalmologue: 'ophtalmologie',
  ophtalmo: 'ophtalmologie',
  radiologue: 'radiologie',
  gynecologue: 'gynecologie-medicale',
  gyneco: 'gynecologie-medicale',
  anesthesiste: 'anesthesie-reanimation',
  chirurgien: 'chirurgie-generale',
  rhumatologue: 'rhumatologie',
  neurologue: 'neurologie',
  pneumologue: 'pneumologie',
  'oto-rhino-laryngologie': 'orl',
};

/** Lower case, no accents, words joined by `-`: « Médecine générale » → `medecine-generale`. */
export function normaliserSpecialite(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function distance(a: string, b: string): number {
  let precedente = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const ligne = [i];
    for (let j = 1; j <= b.length; j++) {
      const cout = a[i - 1] === b[j - 1] ? 0 : 1;
      ligne[j] = Math.min(
        (precedente[j] as number) + 1,
        (ligne[j - 1] as number) + 1,
        (precedente[j - 1] as number) + cout,
      );
    }
    precedente = ligne;
  }
  return precedente[b.length] as number;
}

/**
 * The closest slugs to a value typed by someone (at most `nombre`, best first): exact after
 * normalisation, then synonyms and prefixes, then edit distance to the slug or to the label.
 */
export function specialitesProches(saisie: string, nombre = 3): string[] {
  const cle = normaliserSpecialite(saisie.slice(0, 80));
  if (cle === '') return [];
  const scores = new Map<string, number>();
  const noter = (slug: string, score: number) =>
    scores.set(slug, Math.min(score, scores.get(slug) ?? Infinity));
  const synonyme = SYNONYMES[cle];
  if (synonyme) noter(synonyme, 0);
  for (const { slug, libelle } of SPECIALITES) {
    const mots = normaliserSpecialite(libelle);
    if (slug === cle || mots === cle) noter(slug, 0);
    else if (cle.length >= 4 && (slug.startsWith(cle) || mots.startsWith(cle))) noter(slug, 1);
    const d = Math.min(distance(cle, slug), distance(cle, mots));
    // Close enough to be a typo: a third of the word at most.
    if (d <= Math.max(2, Math.floor(cle.length / 3))) noter(slug, 1 + d);
  }
  const classes = [...scores.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const meilleur = classes[0]?.[1] ?? 0;
  // Only the ones as close as the best (one edit more at most).
  return classes
    .filter(([, score]) => score <= meilleur + 1)
    .slice(0, nombre)
    .map(([slug]) => slug);
}
