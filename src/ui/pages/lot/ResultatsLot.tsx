/**
 * The results of a batch: counts per verdict, the summary, filters, exports, then one page of
 * rows. Everything comes computed from where the rows are (the worker): the batch's figures once,
 * then the page of rows asked for each sort, filter or page change.
 */
import { Compteurs } from './Compteurs.tsx';
import { FiltresLot } from './FiltresLot.tsx';
import { Pagination } from './Pagination.tsx';
import { Synthese } from './Synthese.tsx';
import { TableauLot } from './TableauLot.tsx';
import type { FormatExport } from './export-csv.ts';
import { txt } from './messages.ts';
import type { ResumeLot } from './resume.ts';
import type { DemandeVue, VueLot } from './serveur.ts';
import type { ColonneTri } from './tableau.ts';

const FORMATS = ['xlsx', 'csv-fr', 'csv'] as const satisfies readonly FormatExport[];

interface Props {
  resume: ResumeLot;
  demande: DemandeVue;
  vue: VueLot;
  demander: (demande: DemandeVue) => void;
  exporter: (format: FormatExport) => void;
}

export function ResultatsLot({ resume, demande, vue, demander, exporter }: Props) {
  const { tri, filtres } = demande;
  const trier = (colonne: ColonneTri) =>
    demander({
      ...demande,
      tri:
        tri.colonne === colonne
          ? { colonne, sens: tri.sens === 'croissant' ? 'decroissant' : 'croissant' }
          : { colonne, sens: 'croissant' },
      page: 1,
    });
  const aller = (page: number) => demander({ ...demande, page });
  return (
    <section aria-labelledby="resultats-titre">
      <h2 id="resultats-titre">{txt.resultats.titre}</h2>
      <Compteurs comptes={resume.comptes} total={resume.total} />
      <Synthese synthese={resume.synthese} />
      <FiltresLot
        filtres={filtres}
        changer={(f) => demander({ ...demande, filtres: f, page: 1 })}
      />
      <div className="boutons" role="group" aria-label={txt.resultats.exporter}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-describedby="export-aide"
            onClick={() => exporter(format)}
          >
            {txt.resultats.formats[format]}
          </button>
        ))}
      </div>
      <p id="export-aide" className="aide">
        {txt.resultats.exportAide}
      </p>
      {vue.nombre === 0 ? (
        <p>{txt.resultats.aucun}</p>
      ) : (
        <TableauLot
          lignes={vue.lignes}
          caption={txt.resultats.caption(vue.nombre, resume.total, vue.page, vue.pages)}
          nbAnnees={resume.nbAnnees}
          tri={tri}
          trier={trier}
        />
      )}
      <Pagination page={vue.page} pages={vue.pages} demandee={demande.page} aller={aller} />
    </section>
  );
}
