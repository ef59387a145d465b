/**
 * `--format csv-fr` and `--format xlsx`: the advisor's results table (src/fichiers/resultats.ts),
 * the same writers as lot.html's exports. Built once every row is simulated (the input columns
 * and the number of years must be known), invalid rows included with their messages. An Excel
 * file is binary: refused on a terminal, written to a redirection or a pipe.
 */
import type { LigneResultat } from '../fichiers/resultats.ts';
import { ErreurUtilisateur, VOIR_AIDE } from './erreur-utilisateur.ts';
import type { LotOctets } from './traiter-lot.ts';

export const verifierSortieBinaire = (format: string): void => {
  if (format === 'xlsx' && process.stdout.isTTY) {
    throw new ErreurUtilisateur(
      `--format xlsx écrit un fichier Excel (binaire) sur la sortie standard : la rediriger vers un fichier, ex. npm run --silent simulate -- situations.csv --format xlsx > resultats.xlsx ; ${VOIR_AIDE}`,
    );
  }
};

const estObjet = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export class Tableau {
  private readonly lignes: LigneResultat[] = [];

  constructor(private readonly valeurs: readonly unknown[]) {}

  private base(position: number) {
    const valeur = this.valeurs[position];
    const entree = estObjet(valeur) ? valeur : {};
    return {
      numero: position + 1,
      reference: typeof entree.reference === 'string' ? entree.reference : null,
      entree,
    };
  }

  ajouter(lot: Pick<LotOctets, 'rejets' | 'resultats'>): void {
    for (const r of lot.resultats ?? []) {
      const { position, ...resume } = r;
      this.lignes.push({ ...this.base(position), ...resume });
    }
    for (const { position, message } of lot.rejets) {
      this.lignes.push({
        ...this.base(position),
        statut: 'invalide',
        raisons: [message],
        regime: null,
        option: null,
        objectif: { mt: null, fileActive: null },
        montants: [],
        total: null,
      });
    }
  }

  /** The file's bytes (xlsx) or text (csv-fr), rows in input order. */
  async ecrire(format: 'csv-fr' | 'xlsx'): Promise<string | Uint8Array> {
    const lignes = [...this.lignes].sort((a, b) => a.numero - b.numero);
    const { csvFrancais, tableauResultats } = await import('../fichiers/resultats.ts');
    if (format === 'csv-fr') return csvFrancais(lignes);
    const { classeur } = await import('../fichiers/xlsx-ecrire.ts');
    return classeur([{ nom: 'Résultats', lignes: tableauResultats(lignes), entete: true }]);
  }
}
