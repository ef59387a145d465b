/**
 * CSV cells to typed values, by the schema's field types. A cell that does not read as its type is
 * kept as text, so validation names the field and shows the value. Numbers take a point or a
 * decimal comma (`0,6`) and spaces between thousands (`1 200`, as French spreadsheets write them).
 */
import type { Nature } from './champs.ts';

const NOMBRE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
/** `1 200`, `12 000,5`: groups of three digits after spaces (plain, no-break or narrow). */
const MILLIERS = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d*)?$/;
const VRAI = new Set(['true', 'oui', 'vrai']);
const FAUX = new Set(['false', 'non', 'faux']);
/**
 * Items of a list cell: `;` (the cell quoted in a `;`-separated file: "1;1;0,6") or `|`
 * (`1|1|0,6`, which needs no quotes whatever the separator).
 */
const ENTRE_ITEMS = /[;|]/;

export function convertirCellule(cellule: string, nature: Nature): unknown {
  if (nature === 'nombre') {
    if (NOMBRE.test(cellule)) return Number(cellule.replace(',', '.'));
    if (MILLIERS.test(cellule))
      return Number(cellule.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
    return cellule;
  }
  if (nature === 'booleen') {
    const minuscule = cellule.toLowerCase();
    if (VRAI.has(minuscule)) return true;
    if (FAUX.has(minuscule)) return false;
  }
  return cellule;
}

/** Items of a list cell (`1;1;0.6`, `1|1|0,6`); an empty item stays an empty text. */
export function convertirListe(cellule: string, nature: Nature): unknown[] {
  return cellule.split(ENTRE_ITEMS).map((morceau) => {
    const texte = morceau.trim();
    return texte === '' ? '' : convertirCellule(texte, nature);
  });
}
