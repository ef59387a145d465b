/**
 * CSV cells to typed values, by the schema's field types. A cell that does not read as its type is
 * kept as text, so validation names the field and shows the value.
 */
import type { Nature } from './champs.ts';

const NOMBRE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const VRAI = new Set(['true', 'oui', 'vrai']);
const FAUX = new Set(['false', 'non', 'faux']);

export function convertirCellule(cellule: string, nature: Nature): unknown {
  if (nature === 'nombre') {
    return NOMBRE.test(cellule) ? Number(cellule.replace(',', '.')) : cellule;
  }
  if (nature === 'booleen') {
    const minuscule = cellule.toLowerCase();
    if (VRAI.has(minuscule)) return true;
    if (FAUX.has(minuscule)) return false;
  }
  return cellule;
}

/** Items of a `;`-separated cell (`1;1;0.6`); an empty item stays an empty text. */
export function convertirListe(cellule: string, nature: Nature): unknown[] {
  return cellule.split(';').map((morceau) => {
    const texte = morceau.trim();
    return texte === '' ? '' : convertirCellule(texte, nature);
  });
}
