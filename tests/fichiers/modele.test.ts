import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { CHAMPS } from '../../src/fichiers/champs.ts';
import { CAS_EXEMPLE, classeurModele } from '../../src/fichiers/modele.ts';
import { referenceColonnes } from '../../src/fichiers/reference.ts';
import { lireClasseur } from '../../src/fichiers/xlsx-lire.ts';
import { SPECIALITES } from '../../src/schemas/specialites.ts';

const DOSSIER_CAS = path.resolve(import.meta.dirname, '../../../shared/cases');
const cas = (id: string) =>
  (JSON.parse(readFileSync(path.join(DOSSIER_CAS, `${id}.json`), 'utf8')) as { input: unknown })
    .input;

describe('modèle Excel et référence des colonnes', () => {
  it('les lignes d’exemple sont celles des cas de référence', () => {
    for (const { id, input } of CAS_EXEMPLE) expect(input).toEqual(cas(id));
  });

  it('le modèle se relit (première feuille) aux situations des cas, en-têtes et libellés français', async () => {
    const octets = await classeurModele();
    const lecture = await lireClasseur(octets);
    expect(lecture.ok).toBe(true);
    if (!lecture.ok) return;
    expect(lecture.lignes.map((l) => l.valeur)).toEqual(
      CAS_EXEMPLE.map(({ id, input }) => ({ reference: `Exemple ${id}`, ...input })),
    );
    const exemple = await readSheet(octets.slice().buffer, 'Exemple');
    expect(exemple[0]?.slice(0, 4)).toEqual([
      'Nom',
      'Structure',
      'Date de signature',
      'Spécialité',
    ]);
    expect(exemple[1]?.slice(0, 4)).toEqual([
      'Exemple lib-2024-plein-75-pourcent',
      'libéral',
      '01/02/2025',
      'Médecine générale',
    ]);
    const explications = await readSheet(octets.slice().buffer, 'Explications');
    expect(explications[0]).toEqual([
      'Colonne (nom public)',
      'En-tête français accepté',
      'Contenu',
      'Valeurs acceptées (code : libellé)',
      'Pour',
    ]);
    const bande = explications.find((l) => l[0] === 'bande');
    expect(bande).toEqual([
      'bande',
      'Bande',
      'un code de la liste',
      '<P30 : moins de P30 ; P30-P50 ; P50-P70 ; P70-P90 ; P90-P95 ; >=P95 : P95 et plus',
      'médecin libéral',
    ]);
  });

  it('la référence couvre chaque champ du catalogue et chaque spécialité', () => {
    const colonnes = referenceColonnes();
    const noms = colonnes.map((c) => c.nom);
    for (const [chemin, type] of CHAMPS)
      if (type.sorte !== 'liste-objets') expect(noms).toContain(chemin.replace('.#.', '.'));
    const specialite = colonnes.find((c) => c.nom === 'specialite');
    expect(specialite?.valeurs.length).toBe(SPECIALITES.length);
    expect(specialite?.valeurs[0]).toEqual({
      code: 'medecine-generale',
      libelle: 'Médecine générale',
    });
    expect(colonnes.find((c) => c.nom === 'option')?.valeurs.map((v) => v.code)).toEqual([
      'tiers',
      'demi',
      'plein',
      'plein-et-demi',
      'double',
    ]);
  });
});
