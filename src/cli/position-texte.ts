/** Line and column (both from 1) of a character offset in a text. */
export function ligneEtColonne(
  texte: string,
  position: number,
): { ligne: number; colonne: number } {
  let ligne = 1;
  let debutLigne = 0;
  const fin = Math.min(position, texte.length);
  for (let i = 0; i < fin; i++) {
    if (texte.charCodeAt(i) === 10) {
      ligne++;
      debutLigne = i + 1;
    }
  }
  return { ligne, colonne: fin - debutLigne + 1 };
}
