/**
 * Input text → raw situations. JSON (one object, or an array) or CSV, chosen by the file
 * extension, else by the first non-blank character (`{` or `[` → JSON).
 * A golden case file (`{id, expected, input}`) stands for its `input`.
 */
import { lireCsv } from './csv.ts';
import type { Entree } from './entree.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';
import { lireJson } from './json.ts';

export type FormatEntree = 'json' | 'csv';

export function detecterFormat(nom: string, texte: string): FormatEntree {
  const minuscule = nom.toLowerCase();
  if (minuscule.endsWith('.json')) return 'json';
  if (minuscule.endsWith('.csv')) return 'csv';
  const premier = /\S/.exec(texte)?.[0];
  return premier === '{' || premier === '[' ? 'json' : 'csv';
}

function estObjet(valeur: unknown): valeur is Record<string, unknown> {
  return valeur !== null && typeof valeur === 'object' && !Array.isArray(valeur);
}

/** A golden case (`input` object next to `expected`) is simulated on its `input`. */
function situationDuCas(valeur: unknown): unknown {
  if (estObjet(valeur) && estObjet(valeur.input) && 'expected' in valeur) return valeur.input;
  return valeur;
}

export function lireEntrees(texte: string, nom: string): Entree[] {
  if (texte.trim() === '')
    throw new ErreurUtilisateur(`${nom} : fichier vide, aucune situation à simuler`);
  let entrees: Entree[];
  if (detecterFormat(nom, texte) === 'csv') {
    entrees = lireCsv(texte, nom);
  } else {
    const donnees = lireJson(texte, nom);
    if (Array.isArray(donnees)) {
      entrees = donnees.map((valeur, i) => ({
        lieu: `élément ${i + 1}`,
        valeur: situationDuCas(valeur),
      }));
    } else if (estObjet(donnees)) {
      entrees = [{ lieu: 'situation', valeur: situationDuCas(donnees) }];
    } else {
      throw new ErreurUtilisateur(
        `${nom} : un objet JSON (une situation) ou une liste de situations est attendu`,
      );
    }
  }
  if (entrees.length === 0) throw new ErreurUtilisateur(`${nom} : aucune situation à simuler`);
  return entrees;
}
