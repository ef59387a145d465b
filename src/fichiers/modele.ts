/**
 * The Excel template offered on lot.html: an « Explications » sheet (every column, its French
 * header, type, allowed values, from reference.ts) and an « Exemple » sheet with a few golden
 * cases (../shared/cases, checked equal by tests/fichiers/modele.test.ts) under French headers
 * and French labels, which the reader takes back as they are. Loaded on click only.
 */
import { champDe } from '../schemas/champs.ts';
import { INTITULES } from './alias.ts';
import { referenceColonnes } from './reference.ts';
import type { CelluleTableau } from './resultats.ts';
import { classeur } from './xlsx-ecrire.ts';

/** Golden cases of the sample sheet: id and input, as in ../shared/cases/<id>.json. */
export const CAS_EXEMPLE: readonly { id: string; input: Record<string, unknown> }[] = [
  {
    id: 'lib-2024-plein-75-pourcent',
    input: {
      structure: 'liberal',
      dateSignature: '2025-02-01',
      specialite: 'medecine-generale',
      secteur: '1',
      option: 'plein',
      bande: 'P30-P50',
      atteinte: [1, 1, 0.8, 1, 1],
    },
  },
  {
    id: 'lib-avenant7-demi-p90-p95',
    input: {
      structure: 'liberal',
      dateSignature: '2020-01-15',
      specialite: 'medecine-generale',
      secteur: '1',
      option: 'demi',
      bande: 'P90-P95',
      exerciceRegroupe: true,
      exerciceCoordonne: true,
      annees: 6,
    },
  },
  {
    id: 'lib-2024-radiologie',
    input: {
      structure: 'liberal',
      dateSignature: '2025-03-10',
      specialite: 'radiologie',
      secteur: '1',
      option: 'demi',
      bande: 'P50-P70',
    },
  },
  {
    id: 'cds-exemple-1',
    input: {
      structure: 'centre',
      dateSignature: '2021-01-04',
      etpGeneralistes: 6,
      etpSpecialistes: 2,
      patientele: { mtAdultes: 5600, fileActive: 16000 },
      assistants: [{ anneeDebut: 1, etp: 2 }],
      realise: [
        { mt: 100, fileActive: 400 },
        { mt: 200, fileActive: 550 },
        { mt: 270, fileActive: 700 },
        { mt: 420, fileActive: 1200 },
        { mt: 420, fileActive: 1200 },
      ],
    },
  },
];

const LIBELLES_EXEMPLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  structure: { liberal: 'libéral', centre: 'centre de santé', collectif: 'groupe' },
  secteur: { '1': 'secteur 1', '2': 'secteur 2' },
  option: { demi: 'mi-temps', plein: 'plein temps' },
};

/** One input as flat cells: nested objects dotted, lists of objects one column per field. */
function aplatir(situation: Record<string, unknown>): Map<string, CelluleTableau> {
  const cellules = new Map<string, CelluleTableau>();
  for (const [cle, valeur] of Object.entries(situation)) {
    if (Array.isArray(valeur) && valeur.every((v) => typeof v === 'object' && v !== null)) {
      const champs = new Set(valeur.flatMap((v) => Object.keys(v as object)));
      for (const champ of champs)
        cellules.set(
          `${cle}.${champ}`,
          valeur.map((v) => String((v as Record<string, unknown>)[champ] ?? '')).join(';'),
        );
    } else if (Array.isArray(valeur)) cellules.set(cle, valeur.join(';'));
    else if (valeur !== null && typeof valeur === 'object')
      for (const [sous, v] of Object.entries(valeur)) cellules.set(`${cle}.${sous}`, v as number);
    else if (typeof valeur === 'boolean') cellules.set(cle, valeur ? 'oui' : 'non');
    else if (champDe(cle)?.type.sorte === 'date' && typeof valeur === 'string')
      cellules.set(cle, valeur.split('-').reverse().join('/'));
    else if (cle === 'specialite' && valeur === 'medecine-generale')
      cellules.set(cle, 'Médecine générale');
    else cellules.set(cle, LIBELLES_EXEMPLE[cle]?.[String(valeur)] ?? (valeur as string | number));
  }
  return cellules;
}

export function feuilleExemple(): CelluleTableau[][] {
  const lignes = CAS_EXEMPLE.map(({ id, input }) => {
    const cellules = aplatir(input);
    cellules.set('reference', `Exemple ${id}`);
    return cellules;
  });
  const colonnes = [
    'reference',
    ...new Set(lignes.flatMap((l) => [...l.keys()]).filter((c) => c !== 'reference')),
  ];
  return [
    colonnes.map((c) => INTITULES[c] ?? c),
    ...lignes.map((l) => colonnes.map((c) => l.get(c) ?? null)),
  ];
}

export function feuilleExplications(): CelluleTableau[][] {
  return [
    [
      'Colonne (nom public)',
      'En-tête français accepté',
      'Contenu',
      'Valeurs acceptées (code : libellé)',
      'Pour',
    ],
    ...referenceColonnes().map((c) => [
      c.nom,
      c.intitule,
      c.type,
      c.valeurs.map((v) => (v.libelle ? `${v.code} : ${v.libelle}` : v.code)).join(' ; ') || null,
      c.structures,
    ]),
    [],
    [
      'Une ligne par médecin, centre ou groupe ; première ligne : les en-têtes (nom public ou en-tête français, majuscules et accents indifférents). Cellule vide = information absente (comptée « non » pour un oui/non). La colonne Nom (ou reference, Médecin, Identifiant, N° dossier) est votre identifiant, repris dans les résultats.',
    ],
  ];
}

export function classeurModele(): Promise<Uint8Array> {
  return classeur([
    { nom: 'Exemple', lignes: feuilleExemple(), entete: true },
    {
      nom: 'Explications',
      lignes: feuilleExplications(),
      entete: true,
      largeurs: [28, 26, 40, 80, 40],
    },
  ]);
}
