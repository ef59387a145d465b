/** CSV and iCalendar downloads of the calendar, built in the browser. */
import type { Versement } from '../../../engine/calendrier.ts';
import { calendrierCsv } from './export-csv.ts';
import { calendrierIcs } from './export-ics.ts';
import { frCal } from './messages.ts';
import { telecharger } from './telecharger.ts';

export function Telechargements({
  versements,
  dateSignature,
  aujourdhui,
}: {
  versements: readonly Versement[];
  dateSignature: string;
  aujourdhui: string;
}) {
  const t = frCal.telecharger;
  return (
    <section aria-labelledby="titre-telecharger" className="no-print">
      <h2 id="titre-telecharger">{t.titre}</h2>
      <div className="boutons">
        <button
          type="button"
          onClick={() =>
            telecharger(
              calendrierCsv(versements),
              t.nomFichier(dateSignature, 'csv'),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t.csv}
        </button>
        <button
          type="button"
          className="secondaire"
          onClick={() =>
            telecharger(
              calendrierIcs(versements, dateSignature, aujourdhui),
              t.nomFichier(dateSignature, 'ics'),
              'text/calendar;charset=utf-8',
            )
          }
        >
          {t.ics}
        </button>
      </div>
      <p className="aide">{t.aide}</p>
    </section>
  );
}
