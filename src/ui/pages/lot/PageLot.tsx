/**
 * Batch screening page: a CSV in, one verdict per row out. A file over the size limit is refused
 * before it is read; otherwise its bytes go to a Web Worker (see lancer.ts) that reads, checks
 * and simulates them, posting rows back by slices, with a progress bar and an « Annuler » button.
 * The table shows one page of rows at a time, sorted then filtered with useMemo.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Compteurs } from './Compteurs.tsx';
import { DepotFichier, ID_FICHIER } from './DepotFichier.tsx';
import { FiltresLot } from './FiltresLot.tsx';
import { Pagination } from './Pagination.tsx';
import { TableauLot } from './TableauLot.tsx';
import { exporter, telechargerModele, TYPE_XLSX, type FormatExport } from './export-csv.ts';
import { ReferenceColonnes } from './ReferenceColonnes.tsx';
import { Synthese } from './Synthese.tsx';
import { garderLot, lotGarde, oublierLot, type LotGarde } from './memoire.ts';
import { lancerTraitement, type Traitement } from './lancer.ts';
import { TAILLE_MAX_OCTETS } from './limites.ts';
import { txt } from './messages.ts';
import {
  compter,
  filtrer,
  FILTRES_VIDES,
  nombreAnnees,
  PAR_PAGE,
  trier,
  TRI_INITIAL,
  type ColonneTri,
  type Filtres,
  type Tri,
} from './tableau.ts';
import type { LigneLot } from './traitement.ts';
import { EnTetePage } from '../../components/EnTetePage.tsx';

type Etat =
  | { phase: 'attente' }
  | { phase: 'traitement'; nom: string; fait: number; total: number | null }
  | { phase: 'fini'; nom: string; lignes: LigneLot[] }
  | { phase: 'annule'; nom: string }
  | { phase: 'erreur'; message: string };

/** The status line: its text changes by steps of 10 %, so a screen reader is not flooded. */
function texteStatut(etat: Etat, invalides: number): string {
  if (etat.phase === 'traitement') {
    if (etat.total === null) return txt.progres.lecture(etat.nom);
    const pourcent = etat.total === 0 ? 100 : Math.floor((etat.fait * 10) / etat.total) * 10;
    return txt.progres.pourcent(etat.nom, pourcent, etat.total);
  }
  if (etat.phase === 'fini') return txt.progres.termine(etat.nom, etat.lignes.length, invalides);
  if (etat.phase === 'annule') return txt.progres.annule(etat.nom);
  return '';
}

export function PageLot() {
  const [etat, setEtat] = useState<Etat>({ phase: 'attente' });
  const [filtres, setFiltres] = useState<Filtres>(FILTRES_VIDES);
  const [tri, setTri] = useState<Tri>(TRI_INITIAL);
  const [page, setPage] = useState(1);
  const [garde, setGarde] = useState<LotGarde | null>(() => lotGarde());
  const enCours = useRef<Traitement | null>(null);
  /** Bumped by each new file and by « Annuler »: an older run's late answers are ignored. */
  const numero = useRef(0);
  useEffect(() => () => enCours.current?.annuler(), []);

  const arreter = () => {
    numero.current++;
    enCours.current?.annuler();
    enCours.current = null;
  };

  const traiterFichier = async (fichier: File) => {
    arreter();
    const moi = numero.current;
    const nom = fichier.name;
    if (!/\.(csv|xlsx)$/i.test(nom) && fichier.type !== 'text/csv' && fichier.type !== TYPE_XLSX) {
      setEtat({ phase: 'erreur', message: txt.depot.pasCsv(nom) });
      return;
    }
    if (fichier.size > TAILLE_MAX_OCTETS) {
      setEtat({ phase: 'erreur', message: txt.depot.tropLourd(nom, fichier.size) });
      return;
    }
    setEtat({ phase: 'traitement', nom, fait: 0, total: null });
    let octets: ArrayBuffer;
    try {
      octets = await fichier.arrayBuffer();
    } catch {
      if (numero.current === moi) setEtat({ phase: 'erreur', message: txt.depot.illisible(nom) });
      return;
    }
    if (numero.current !== moi) return;
    // The bytes go to the worker (transferred): a copy is kept for the device's memory.
    const copie = new Uint8Array(octets.slice(0));
    const traitement = lancerTraitement(octets, nom, (fait, total) => {
      if (numero.current === moi) setEtat({ phase: 'traitement', nom, fait, total });
    });
    enCours.current = traitement;
    try {
      const resultat = await traitement.resultat;
      if (numero.current !== moi) return;
      enCours.current = null;
      setFiltres(FILTRES_VIDES);
      setTri(TRI_INITIAL);
      setPage(1);
      if (resultat.etat === 'fini') {
        setEtat({ phase: 'fini', nom, lignes: resultat.lignes });
        setGarde(garderLot(nom, copie) ? lotGarde() : null);
      } else if (resultat.etat === 'refuse')
        setEtat({ phase: 'erreur', message: resultat.message });
      else setEtat({ phase: 'annule', nom });
    } catch (erreur) {
      if (numero.current !== moi) return;
      enCours.current = null;
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      setEtat({ phase: 'erreur', message: txt.progres.echec(message) });
    }
  };

  const annuler = () => {
    if (etat.phase !== 'traitement') return;
    arreter();
    setEtat({ phase: 'annule', nom: etat.nom });
    document.getElementById(ID_FICHIER)?.focus();
  };

  const lignes = useMemo(() => (etat.phase === 'fini' ? etat.lignes : []), [etat]);
  const comptes = useMemo(() => compter(lignes), [lignes]);
  const nbAnnees = useMemo(() => nombreAnnees(lignes), [lignes]);
  const triees = useMemo(() => trier(lignes, tri), [lignes, tri]);
  const vues = useMemo(() => filtrer(triees, filtres), [triees, filtres]);
  const pages = Math.max(1, Math.ceil(vues.length / PAR_PAGE));
  const pageVue = Math.min(page, pages);
  const visibles = vues.slice((pageVue - 1) * PAR_PAGE, pageVue * PAR_PAGE);

  const changerTri = (colonne: ColonneTri) => {
    setTri((t) =>
      t.colonne === colonne
        ? { colonne, sens: t.sens === 'croissant' ? 'decroissant' : 'croissant' }
        : { colonne, sens: 'croissant' },
    );
    setPage(1);
  };
  const changerFiltres = (f: Filtres) => {
    setFiltres(f);
    setPage(1);
  };

  const statut = texteStatut(etat, comptes.invalide);

  return (
    <>
      <EnTetePage
        titre={txt.titre}
        navigation={txt.navigation}
        liens={[{ href: 'index.html', texte: txt.retour }]}
      />
      <main id="contenu">
        <p>{txt.intro}</p>
        <section aria-labelledby="depot-titre" className="sans-impression">
          <h2 id="depot-titre">{txt.depot.titre}</h2>
          <DepotFichier surFichier={(f) => void traiterFichier(f)} />
          {garde && etat.phase === 'attente' && (
            <div className="lot-garde" role="group" aria-label={txt.memoire.titre}>
              <p>{txt.memoire.texte(garde.nom, garde.date)}</p>
              <div className="boutons">
                <button
                  type="button"
                  onClick={() =>
                    void traiterFichier(new File([garde.octets as BlobPart], garde.nom))
                  }
                >
                  {txt.memoire.rouvrir(garde.nom)}
                </button>
                <button
                  type="button"
                  className="secondaire"
                  onClick={() => {
                    oublierLot();
                    setGarde(null);
                  }}
                >
                  {txt.memoire.effacer}
                </button>
              </div>
            </div>
          )}
          <h3>{txt.exemples.titre}</h3>
          <ul>
            <li>
              <a href="exemples/lot-exemple.csv" download>
                {txt.exemples.exemple}
              </a>
            </li>
            <li>
              <a href="exemples/lot-modele.csv" download>
                {txt.exemples.modele}
              </a>
            </li>
            <li>
              <button type="button" className="lien" onClick={() => void telechargerModele()}>
                {txt.reference.modele}
              </button>
            </li>
          </ul>
          <ReferenceColonnes />
        </section>
        <div role="status" className="etat-lot">
          {statut && <p>{statut}</p>}
        </div>
        {etat.phase === 'traitement' && (
          <div className="avancement">
            <progress
              aria-label={txt.progres.libelle}
              max={etat.total || undefined}
              value={etat.total ? etat.fait : undefined}
            />
            <button type="button" className="secondaire" onClick={annuler}>
              {txt.progres.annuler}
            </button>
          </div>
        )}
        {etat.phase === 'erreur' && (
          <p role="alert" className="erreur">
            {etat.message}
          </p>
        )}
        {etat.phase === 'fini' && (
          <section aria-labelledby="resultats-titre">
            <h2 id="resultats-titre">{txt.resultats.titre}</h2>
            <Compteurs comptes={comptes} total={lignes.length} />
            <Synthese lignes={lignes} />
            <FiltresLot filtres={filtres} changer={changerFiltres} />
            <div className="boutons" role="group" aria-label={txt.resultats.exporter}>
              {(['xlsx', 'csv-fr', 'csv'] as const satisfies readonly FormatExport[]).map(
                (format) => (
                  <button
                    key={format}
                    type="button"
                    aria-describedby="export-aide"
                    onClick={() => void exporter(vues, format, etat.nom)}
                  >
                    {txt.resultats.formats[format]}
                  </button>
                ),
              )}
            </div>
            <p id="export-aide" className="aide">
              {txt.resultats.exportAide}
            </p>
            {vues.length === 0 ? (
              <p>{txt.resultats.aucun}</p>
            ) : (
              <TableauLot
                lignes={visibles}
                caption={txt.resultats.caption(vues.length, lignes.length, pageVue, pages)}
                nbAnnees={nbAnnees}
                tri={tri}
                trier={changerTri}
              />
            )}
            <Pagination page={pageVue} pages={pages} aller={setPage} />
          </section>
        )}
      </main>
    </>
  );
}
