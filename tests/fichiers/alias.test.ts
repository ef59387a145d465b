import { describe, expect, it } from 'vitest';
import { cheminAlias, cleAlias, valeurAlias } from '../../src/fichiers/alias.ts';
import { lireTableau } from '../../src/fichiers/lire-tableau.ts';

describe('en-têtes et libellés français', () => {
  it('réduit un en-tête à sa clé', () => {
    expect(cleAlias('Patientèle MT adultes')).toBe('patientele-mt-adultes');
    expect(cleAlias('patientele.mtAdultes')).toBe('patientele-mt-adultes');
    expect(cleAlias('½ ETP')).toBe('1-2-etp');
  });

  it('reconnaît les en-têtes français et l’identifiant du conseiller', () => {
    expect(cheminAlias('Date de signature')).toBe('dateSignature');
    expect(cheminAlias('Spécialité')).toBe('specialite');
    expect(cheminAlias('Patientèle MT adultes')).toBe('patientele.mtAdultes');
    expect(cheminAlias('File active')).toBe('patientele.fileActive');
    expect(cheminAlias('Nom')).toBe('reference');
    expect(cheminAlias('Médecin')).toBe('reference');
    expect(cheminAlias('N° dossier')).toBe('reference');
    expect(cheminAlias('Identifiant')).toBe('reference');
    expect(cheminAlias('Verdict')).toBeNull();
    expect(cheminAlias('Année 3 (€)')).toBeNull();
    expect(cheminAlias('couleur')).toBeUndefined();
  });

  it('traduit les valeurs françaises en codes', () => {
    expect(valeurAlias('specialite', 'Médecine générale')).toBe('medecine-generale');
    expect(valeurAlias('specialite', 'Cardiologie et maladies vasculaires')).toBe('cardiologie');
    expect(valeurAlias('secteur', 'secteur 1')).toBe('1');
    expect(valeurAlias('secteur', 'Secteur 2')).toBe('2');
    expect(valeurAlias('option', 'plein temps')).toBe('plein');
    expect(valeurAlias('option', '1 ETP')).toBe('plein');
    expect(valeurAlias('option', 'mi-temps')).toBe('demi');
    expect(valeurAlias('option', '½ ETP')).toBe('demi');
    expect(valeurAlias('bande', 'P30-P50')).toBe('P30-P50');
    expect(valeurAlias('bande', 'p30-p50')).toBe('P30-P50');
    expect(valeurAlias('bande', '<P30')).toBe('<P30');
    expect(valeurAlias('bande', 'P95 et plus')).toBe('>=P95');
    expect(valeurAlias('structure', 'libéral')).toBe('liberal');
    expect(valeurAlias('structure', 'Centre de santé')).toBe('centre');
    expect(valeurAlias('structure', 'groupe')).toBe('collectif');
    expect(valeurAlias('structure', 'contrat collectif')).toBe('collectif');
    expect(valeurAlias('dateSignature', '15/03/2024')).toBe('2024-03-15');
    expect(valeurAlias('dateSignature', '1/9/2024')).toBe('2024-09-01');
    expect(valeurAlias('dateSignature', '2024-03-15')).toBe('2024-03-15');
    // Unknown values are left for validation to name the field.
    expect(valeurAlias('specialite', 'radiolgie')).toBe('radiolgie');
    expect(valeurAlias('reference', 'secteur 1')).toBe('secteur 1');
  });

  it('un CSV de conseiller en français se lit comme le format public', () => {
    const francais = lireTableau(
      'Nom;Structure;Date de signature;Spécialité;Secteur;OPTAM;Option;Bande;Zone sous-dense\n' +
        'Dr Martin;libéral;15/03/2024;Médecine générale;secteur 1;non;plein temps;P30-P50;oui\n',
    );
    const public_ = lireTableau(
      'reference,structure,dateSignature,specialite,secteur,optam,option,bande,zoneSousDense\n' +
        'Dr Martin,liberal,2024-03-15,medecine-generale,1,false,plein,P30-P50,true\n',
    );
    expect(francais.ok && francais.lignes[0]?.valeur).toEqual({
      reference: 'Dr Martin',
      structure: 'liberal',
      dateSignature: '2024-03-15',
      specialite: 'medecine-generale',
      secteur: '1',
      optam: false,
      option: 'plein',
      bande: 'P30-P50',
      zoneSousDense: true,
    });
    expect(public_.ok && public_.lignes[0]?.valeur).toEqual(
      francais.ok && francais.lignes[0]?.valeur,
    );
  });

  it('les colonnes de résultat d’un export sont ignorées', () => {
    const lecture = lireTableau(
      'reference;structure;Verdict;Année 1 (€);Total (€)\nA;centre;Éligible;1;2\n',
    );
    expect(lecture.ok && lecture.lignes[0]?.valeur).toEqual({
      reference: 'A',
      structure: 'centre',
    });
  });

  it('deux colonnes pour le même champ sont refusées en les nommant', () => {
    const lecture = lireTableau('reference;Nom;structure\nA;B;centre\n');
    expect(lecture).toEqual({
      ok: false,
      vide: false,
      message:
        'en-tête, les colonnes « reference » (colonne 1) et « Nom » (colonne 2) désignent le même champ « reference » : n’en garder qu’une',
    });
  });

  it('une colonne inconnue reste une erreur qui la nomme', () => {
    const lecture = lireTableau('structure;couleur\ncentre;bleu\n');
    expect(lecture.ok && lecture.lignes[0]?.valeur).toEqual({
      structure: 'centre',
      couleur: 'bleu',
    });
  });
});
