/**
 * The batch page's state: the phase (waiting, processing with its progress, done, cancelled,
 * error), the view asked (sort, filters, page) and the page of rows last received. The rows stay
 * where the batch runs (lancer.ts): each change of sort, filter or page asks for one page, and
 * only the answer to the latest question is shown.
 */
import { useEffect, useRef, useState } from 'react';
import { ID_FICHIER } from './DepotFichier.tsx';
import { TYPE_XLSX, type FormatExport } from './export-csv.ts';
import { lancerTraitement, type Traitement } from './lancer.ts';
import { TAILLE_MAX_OCTETS } from './limites.ts';
import { garderValeur, lotGardeEnBref, type EnBref } from './memoire.ts';
import { txt } from './messages.ts';
import type { ResumeLot } from './resume.ts';
import type { DemandeVue, VueLot } from './serveur.ts';
import { FILTRES_VIDES, TRI_INITIAL } from './tableau.ts';
import { telecharger } from './telecharger.ts';

export type Etat =
  | { phase: 'attente' }
  | { phase: 'traitement'; nom: string; fait: number; total: number | null }
  | { phase: 'fini'; nom: string; resume: ResumeLot }
  | { phase: 'annule'; nom: string }
  | { phase: 'erreur'; message: string };

export const DEMANDE_INITIALE: DemandeVue = { tri: TRI_INITIAL, filtres: FILTRES_VIDES, page: 1 };

const estAccepte = (fichier: File): boolean =>
  /\.(csv|xlsx)$/i.test(fichier.name) || fichier.type === 'text/csv' || fichier.type === TYPE_XLSX;

export function useLot() {
  const [etat, setEtat] = useState<Etat>({ phase: 'attente' });
  const [demande, setDemande] = useState<DemandeVue>(DEMANDE_INITIALE);
  const [vue, setVue] = useState<VueLot | null>(null);
  const [garde, setGarde] = useState<EnBref | null>(() => lotGardeEnBref());
  const lot = useRef<Traitement | null>(null);
  /** Bumped by each new file and by « Annuler »: an older run's late answers are ignored. */
  const numero = useRef(0);
  /** Bumped by each view asked: only the latest answer is shown. */
  const question = useRef(0);
  useEffect(() => () => lot.current?.annuler(), []);

  const arreter = () => {
    numero.current++;
    lot.current?.annuler();
    lot.current = null;
  };

  /** The batch failed: it is released and the page says why. */
  const echouer = (erreur: unknown) => {
    arreter();
    const message = erreur instanceof Error ? erreur.message : String(erreur);
    setEtat({ phase: 'erreur', message: txt.progres.echec(message) });
  };

  const traiterFichier = async (fichier: File) => {
    arreter();
    const moi = numero.current;
    const nom = fichier.name;
    if (!estAccepte(fichier)) return setEtat({ phase: 'erreur', message: txt.depot.pasCsv(nom) });
    if (fichier.size > TAILLE_MAX_OCTETS)
      return setEtat({ phase: 'erreur', message: txt.depot.tropLourd(nom, fichier.size) });
    setEtat({ phase: 'traitement', nom, fait: 0, total: null });
    let octets: ArrayBuffer;
    try {
      octets = await fichier.arrayBuffer();
    } catch {
      if (numero.current === moi) setEtat({ phase: 'erreur', message: txt.depot.illisible(nom) });
      return;
    }
    if (numero.current !== moi) return;
    const traitement = lancerTraitement(octets, nom, (fait, total) => {
      if (numero.current === moi) setEtat({ phase: 'traitement', nom, fait, total });
    });
    lot.current = traitement;
    try {
      const resultat = await traitement.resultat;
      // The first page comes with the end: the status says « terminé » with the table shown.
      const premiere = resultat.etat === 'fini' ? await traitement.vue(DEMANDE_INITIALE) : null;
      if (numero.current !== moi) return;
      question.current++;
      setDemande(DEMANDE_INITIALE);
      setVue(premiere);
      if (resultat.etat === 'fini') {
        setEtat({ phase: 'fini', nom, resume: resultat.resume });
        setGarde(garderValeur(resultat.memoire) ? lotGardeEnBref() : null);
        return;
      }
      lot.current = null;
      if (resultat.etat === 'refuse') setEtat({ phase: 'erreur', message: resultat.message });
      else setEtat({ phase: 'annule', nom });
    } catch (erreur) {
      if (numero.current === moi) echouer(erreur);
    }
  };

  const annuler = () => {
    if (etat.phase !== 'traitement') return;
    arreter();
    setEtat({ phase: 'annule', nom: etat.nom });
    document.getElementById(ID_FICHIER)?.focus();
  };

  const demanderVue = (nouvelle: DemandeVue) => {
    setDemande(nouvelle);
    const moi = ++question.current;
    lot.current?.vue(nouvelle).then(
      (reponse) => {
        if (question.current === moi) setVue(reponse);
      },
      // The worker failed (or died): the rows asked cannot be shown.
      (erreur: unknown) => {
        if (question.current === moi) echouer(erreur);
      },
    );
  };

  const exporter = (format: FormatExport) => {
    if (etat.phase !== 'fini') return;
    const { tri, filtres } = demande;
    void lot.current?.exporter({ format, tri, filtres, nom: etat.nom }).then(telecharger);
  };

  const oublierGarde = () => setGarde(null);

  return {
    etat,
    demande,
    vue,
    garde,
    traiterFichier,
    annuler,
    demanderVue,
    exporter,
    oublierGarde,
  };
}
