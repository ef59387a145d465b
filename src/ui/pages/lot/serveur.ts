/**
 * Where a batch lives: reads and simulates the file (traitement.ts), keeps every row, and answers
 * the page's questions with small messages: one page of rows sorted and filtered, the export file
 * built (a Blob), the text the page stores to keep the batch. The same module runs in the Web Worker
 * (travailleur.ts) or, without Workers (tests, old browsers), on the main thread, by slices
 * (lancer.ts): one code path for the logic either way.
 */
import { fichierExport, type FichierExport, type FormatExport } from './export-csv.ts';
import { valeurGardee } from './memoire.ts';
import { resumer, type ResumeLot } from './resume.ts';
import { PAR_PAGE, type Filtres, type Tri } from './tableau.ts';
import { traiterFichier, type LigneLot } from './traitement.ts';
import { Vues } from './vues.ts';

export interface DemandeVue {
  tri: Tri;
  filtres: Filtres;
  /** From 1; a page past the last one gives the last one. */
  page: number;
}

export interface VueLot {
  lignes: LigneLot[];
  /** Rows matching the filters, pages of them, and the page given (1 ≤ page ≤ pages). */
  nombre: number;
  pages: number;
  page: number;
}

export interface DemandeExport {
  format: FormatExport;
  tri: Tri;
  filtres: Filtres;
  nom: string;
}

/** How processing ended: the batch's figures (and the text that keeps it), a refusal, a cancel. */
export type IssueServeur =
  | { etat: 'fini'; resume: ResumeLot; memoire: string | null }
  | { etat: 'refuse'; message: string }
  | { etat: 'annule' };

export type Requete =
  | { type: 'traiter'; octets: ArrayBuffer; nom: string }
  | { type: 'vue'; id: number; demande: DemandeVue }
  | { type: 'exporter'; id: number; demande: DemandeExport };

export type Reponse =
  | { type: 'progres'; fait: number; total: number }
  | { type: 'fin'; issue: IssueServeur }
  | { type: 'erreur'; message: string }
  | { type: 'vue'; id: number; vue: VueLot }
  | { type: 'fichier'; id: number; fichier: FichierExport }
  | { type: 'echec'; id: number; message: string };

/** Sends a message to the page. */
export type Poster = (reponse: Reponse) => void;

export interface OptionsServeur {
  /** Awaited between slices (the main-thread fallback yields to the browser there). */
  entreTranches?: () => Promise<void>;
  /** Asked before each slice: true stops the batch there. */
  estAnnule?: () => boolean;
}

const message = (erreur: unknown): string =>
  erreur instanceof Error ? erreur.message : String(erreur);

export function creerServeur(poster: Poster, options: OptionsServeur = {}) {
  let lignes: LigneLot[] = [];
  const vues = new Vues();

  async function traiter(octets: ArrayBuffer, nom: string): Promise<void> {
    const source = new Uint8Array(octets);
    const recues: LigneLot[] = [];
    const issue = await traiterFichier(source, nom, {
      ...options,
      surTranche: (tranche, fait, total) => {
        for (const ligne of tranche) recues.push(ligne);
        poster({ type: 'progres', fait, total });
      },
    });
    if (issue.etat !== 'fini') return poster({ type: 'fin', issue });
    lignes = recues;
    const memoire = valeurGardee(nom, source, new Date());
    poster({ type: 'fin', issue: { etat: 'fini', resume: resumer(lignes), memoire } });
  }

  function vue({ tri, filtres, page }: DemandeVue): VueLot {
    const choisies = vues.de(lignes, tri, filtres);
    const pages = Math.max(1, Math.ceil(choisies.length / PAR_PAGE));
    const vraie = Math.min(Math.max(1, page), pages);
    const debut = (vraie - 1) * PAR_PAGE;
    return {
      lignes: choisies.slice(debut, debut + PAR_PAGE),
      nombre: choisies.length,
      pages,
      page: vraie,
    };
  }

  async function exporter({ format, tri, filtres, nom }: DemandeExport): Promise<FichierExport> {
    return fichierExport(vues.de(lignes, tri, filtres), format, nom);
  }

  return async (requete: Requete): Promise<void> => {
    if (requete.type === 'traiter') {
      try {
        await traiter(requete.octets, requete.nom);
      } catch (erreur) {
        poster({ type: 'erreur', message: message(erreur) });
      }
      return;
    }
    const { id } = requete;
    try {
      if (requete.type === 'vue') poster({ type: 'vue', id, vue: vue(requete.demande) });
      else {
        poster({ type: 'fichier', id, fichier: await exporter(requete.demande) });
      }
    } catch (erreur) {
      poster({ type: 'echec', id, message: message(erreur) });
    }
  };
}
