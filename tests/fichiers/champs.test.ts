/**
 * Files read the schemas' field catalogue: every field is a column of its type, and each French
 * header of the catalogue reads back to its own field (two fields never share a header).
 */
import { describe, expect, it } from 'vitest';
import { cheminAlias, INTITULES } from '../../src/fichiers/alias.ts';
import { CHAMPS, structuresDesChamps } from '../../src/fichiers/champs.ts';
import { lireTableau } from '../../src/fichiers/lire-tableau.ts';
import { CATALOGUE, CHAMPS_SITUATION, type DefChamp } from '../../src/schemas/index.ts';

const catalogue = CATALOGUE as readonly DefChamp[];
const entetes = catalogue.flatMap((c) =>
  [...(c.intitule ? [c.intitule] : []), ...(c.entetes ?? [])].map((e) => [e, c.chemin] as const),
);

describe('colonnes des fichiers et catalogue des champs', () => {
  it('chaque champ du catalogue est une colonne, dans l’ordre des colonnes', () => {
    expect([...CHAMPS.keys()]).toEqual(CHAMPS_SITUATION.map((c) => c.chemin));
    expect(structuresDesChamps().get('zoneSousDense')).toEqual(['liberal', 'centre']);
    expect(CHAMPS.get('regime')).toEqual({
      sorte: 'scalaire',
      nature: 'texte',
      valeurs: [
        'avenant7-2019',
        'reglement-arbitral-2023',
        'convention-2024',
        'ancs-avenant3-2020',
        'collectif-2026',
      ],
    });
    expect(CHAMPS.get('atteinte')).toEqual({ sorte: 'liste', nature: 'nombre' });
    expect(CHAMPS.get('realise')).toEqual({ sorte: 'liste-objets' });
    expect(CHAMPS.get('rqthOuAld')).toEqual({ sorte: 'scalaire', nature: 'booleen' });
  });

  it.each(entetes)('l’en-tête « %s » se lit %s', (entete, chemin) => {
    expect(cheminAlias(entete)).toBe(chemin);
  });

  it('les intitulés français sont ceux du catalogue', () => {
    expect(INTITULES.rqthOuAld).toBe('RQTH ou ALD');
    expect(Object.keys(INTITULES)).toHaveLength(catalogue.filter((c) => c.intitule).length);
  });

  it('une colonne de liste d’objets se lit par le poser partagé', () => {
    const lecture = lireTableau(
      'structure,dateSignature,realise.2.mt,realise.fileActive\n' + 'centre,2021-01-04,72,;400\n',
    );
    expect(lecture.ok && lecture.lignes[0]?.valeur).toEqual({
      structure: 'centre',
      dateSignature: '2021-01-04',
      realise: [{}, { fileActive: 400 }, { mt: 72 }],
    });
  });
});
