/**
 * The rows in the order and with the filters asked, remembered: paging through a view, or
 * exporting it, sorts and filters nothing again; a new search filters the sorted rows kept.
 */
import { filtrer, trier, type Filtres, type Tri } from './tableau.ts';
import type { LigneLot } from './traitement.ts';

const cleTri = ({ colonne, sens }: Tri): string => `${colonne} ${sens}`;
const cleFiltres = ({ verdict, structure, texte }: Filtres): string =>
  JSON.stringify([verdict, structure, texte]);

export class Vues {
  private source: readonly LigneLot[] | null = null;
  private tri = '';
  private triees: readonly LigneLot[] = [];
  private filtres = '';
  private choisies: readonly LigneLot[] = [];

  de(lignes: readonly LigneLot[], tri: Tri, filtres: Filtres): readonly LigneLot[] {
    const nouveauTri = this.source !== lignes || this.tri !== cleTri(tri);
    if (nouveauTri) {
      this.source = lignes;
      this.tri = cleTri(tri);
      this.triees = trier(lignes, tri);
    }
    if (nouveauTri || this.filtres !== cleFiltres(filtres)) {
      this.filtres = cleFiltres(filtres);
      this.choisies = filtrer(this.triees, filtres);
    }
    return this.choisies;
  }
}
