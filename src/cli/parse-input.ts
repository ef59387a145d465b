/**
 * Input bytes (or text) → raw situations. The encoding is found from the bytes (src/fichiers);
 * then JSON (one object, or an array) or CSV, chosen by the file extension, else by the first
 * non-blank character (`{` or `[` → JSON). A golden case file (`{id, expected, input}`) stands for
 * its `input`.
 */
import { decoder } from '../fichiers/decoder.ts';
import { lireCsv, lireCsvParTranches } from './csv.ts';
import { lireCsvParOctets } from './csv-par-tranches.ts';
import { sourceDe, type Lecture, type Source } from './entree.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';
import { lireJson } from './json.ts';
import { lireJsonParTranches, octetsListeJson } from './json-par-tranches.ts';

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

function lireSituationsJson(texte: string, nom: string): Lecture {
  const donnees = lireJson(texte, nom);
  if (Array.isArray(donnees)) {
    return { valeurs: donnees.map(situationDuCas), lieu: (position) => `élément ${position + 1}` };
  }
  if (estObjet(donnees)) return { valeurs: [situationDuCas(donnees)], lieu: () => 'situation' };
  throw new ErreurUtilisateur(
    `${nom} : un objet JSON (une situation) ou une liste de situations est attendu`,
  );
}

/** The input's text, decoded; refused when it holds nothing. */
function texteDe(source: string | Uint8Array, nom: string) {
  const decodage = decoder(source);
  if (!decodage.ok) throw new ErreurUtilisateur(`${nom} : ${decodage.message}`);
  if (!/\S/.test(decodage.texte)) {
    throw new ErreurUtilisateur(`${nom} : fichier vide, aucune situation à simuler`);
  }
  return decodage;
}

const aucune = (nom: string) => new ErreurUtilisateur(`${nom} : aucune situation à simuler`);

export function lireEntrees(source: string | Uint8Array, nom: string): Lecture {
  const { texte, encodage } = texteDe(source, nom);
  const lecture =
    detecterFormat(nom, texte) === 'csv'
      ? lireCsv(texte, nom, encodage)
      : lireSituationsJson(texte, nom);
  if (lecture.valeurs.length === 0) throw aucune(nom);
  return lecture;
}

/**
 * The same situations, a CSV's rows typed slice by slice (a UTF-8 CSV's from its bytes,
 * csv-par-tranches.ts; another's from its text, csv.ts), a UTF-8 JSON list's elements parsed
 * slice by slice from its bytes (json-par-tranches.ts); same errors. `verifiee`: the other
 * thread checks the text (travailleur.ts), so a JSON list's elements are not parsed in advance.
 */
export function ouvrirEntrees(source: string | Uint8Array, nom: string, verifiee = false): Source {
  const octets = octetsListeJson(source, nom);
  const liste = octets ? lireJsonParTranches(octets, situationDuCas, verifiee) : null;
  if (liste && liste.nombre > 0) return liste;
  const csv = lireCsvParOctets(source, nom);
  if (csv) return csv;
  const { texte, encodage } = texteDe(source, nom);
  const entrees =
    detecterFormat(nom, texte) === 'csv'
      ? lireCsvParTranches(texte, nom, encodage)
      : sourceDe(lireSituationsJson(texte, nom));
  if (entrees.nombre === 0) throw aucune(nom);
  return entrees;
}
