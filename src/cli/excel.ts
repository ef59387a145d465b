/**
 * Excel input (.xlsx, recognised by its zip bytes or its extension): the first sheet through the
 * shared reader (src/fichiers/xlsx-lire.ts), loaded only when such a file comes.
 */
import type { Lecture } from './entree.ts';
import { ErreurUtilisateur } from './erreur-utilisateur.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const estExcel = (octets: Uint8Array, nom: string): boolean =>
  ZIP.every((octet, i) => octets[i] === octet) || nom.toLowerCase().endsWith('.xlsx');

export async function lireExcel(octets: Uint8Array, nom: string): Promise<Lecture> {
  const { lireClasseur } = await import('../fichiers/xlsx-lire.ts');
  const lecture = await lireClasseur(octets);
  if (!lecture.ok) throw new ErreurUtilisateur(`${nom} : ${lecture.message}`);
  if (lecture.lignes.length === 0)
    throw new ErreurUtilisateur(`${nom} : aucune situation à simuler`);
  const { lignes } = lecture;
  return {
    valeurs: lignes.map((l) => l.valeur),
    lieu: (position) => `ligne ${lignes[position]?.ligne ?? '?'}`,
  };
}
