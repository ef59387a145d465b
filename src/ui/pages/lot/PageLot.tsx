/**
 * Batch screening page: a CSV in, one verdict per row out. Processing runs in a Web Worker (see
 * lancer.ts); the table shows one page of rows at a time, filtered and sorted with useMemo.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Compteurs } from './Compteurs.tsx';
import { DepotFichier } from './DepotFichier.tsx';
import { FiltresLot } from './FiltresLot.tsx';
import { Pagination } from './Pagination.tsx';
import { TableauLot } from './TableauLot.tsx';
import { telecharger, versCsv } from './export-csv.ts';
import { lancerTraitement, type Traitement } from './lancer.ts';
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
  | { phase: 'erreur'; message: string };

export function PageLot() {
  const [etat, setEtat] = useState<Etat>({ phase: 'attente' });
  const [filtres, setFiltres] = useState<Filtres>(FILTRES_VIDES);
  const [tri, setTri] = useState<Tri>(TRI_INITIAL);
  const [page, setPage] = useState(1);
  const enCours = useRef<Traitement | null>(null);
  useEffect(() => () => enCours.current?.annuler(), []);

  const traiterFichier = async (fichier: File) => {
    enCours.current?.annuler();
    if (!/\.csv$/i.test(fichier.name) && fichier.type !== 'text/csv') {
      setEtat({ phase: 'erreur', message: txt.depot.pasCsv(fichier.name) });
      return;
    }
    const nom = fichier.name;
    setEtat({ phase: 'traitement', nom, fait: 0, total: null });
    let texte: string;
    try {
      texte = await fichier.text();
    } catch {
      setEtat({ phase: 'erreur', message: txt.depot.illisible(nom) });
      return;
    }
    const traitement = lancerTraitement(texte, nom, (fait, total) =>
      setEtat((e) => (e.phase === 'traitement' && e.nom === nom ? { ...e, fait, total } : e)),
    );
    enCours.current = traitement;
    try {
      const resultat = await traitement.resultat;
      if (enCours.current !== traitement) return;
      setFiltres(FILTRES_VIDES);
      setTri(TRI_INITIAL);
      setPage(1);
      setEtat(
        resultat.ok
          ? { phase: 'fini', nom, lignes: resultat.lignes }
          : { phase: 'erreur', message: resultat.message },
      );
    } catch (erreur) {
      if (enCours.current !== traitement) return;
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      setEtat({ phase: 'erreur', message: txt.progres.echec(message) });
    }
  };

  const lignes = useMemo(() => (etat.phase === 'fini' ? etat.lignes : []), [etat]);
  const comptes = useMemo(() => compter(lignes), [lignes]);
  const nbAnnees = useMemo(() => nombreAnnees(lignes), [lignes]);
  const vues = useMemo(() => trier(filtrer(lignes, filtres), tri), [lignes, filtres, tri]);
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

  let statut = '';
  if (etat.phase === 'traitement')
    statut =
      etat.total === null
        ? txt.progres.lecture(etat.nom)
        : txt.progres.lignes(etat.fait, etat.total);
  else if (etat.phase === 'fini')
    statut = txt.progres.termine(etat.nom, lignes.length, comptes.invalide);

  return (
    <>
      <EnTetePage
        titre={txt.titre}
        navigation={txt.navigation}
        liens={[{ href: 'index.html', texte: txt.retour }]}
      />
      <main id="contenu">
        <p>{txt.intro}</p>
        <section aria-labelledby="depot-titre">
          <h2 id="depot-titre">{txt.depot.titre}</h2>
          <DepotFichier surFichier={(f) => void traiterFichier(f)} />
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
          </ul>
        </section>
        <div role="status" className="etat-lot">
          {statut && <p>{statut}</p>}
        </div>
        {etat.phase === 'traitement' && (
          <progress
            aria-label={txt.progres.libelle}
            max={etat.total ?? undefined}
            value={etat.total === null ? undefined : etat.fait}
          />
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
            <FiltresLot filtres={filtres} changer={changerFiltres} />
            <div className="boutons">
              <button
                type="button"
                aria-describedby="export-aide"
                onClick={() => telecharger(versCsv(vues), `resultats-${etat.nom}`)}
              >
                {txt.resultats.exporter}
              </button>
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
