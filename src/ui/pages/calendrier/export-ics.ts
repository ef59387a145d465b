/**
 * The calendar as an iCalendar file (RFC 5545): one all-day VEVENT per instalment (DTSTART;VALUE=DATE,
 * no DTEND: the event lasts the day), TEXT values escaped (§3.3.11), lines folded at 75 octets
 * (§3.1), CRLF. DTSTAMP is the date the caller gives (the page passes today's date).
 */
import type { Versement } from '../../../engine/calendrier.ts';
import { euros } from '../../format.ts';
import { frCal } from './messages.ts';

const PRODID = '-//Simulateur aide assistant medical//Calendrier des versements//FR';
const DOMAINE = 'simulateur-aide-assistant-medical';

export function texteIcs(texte: string): string {
  return texte
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per line, continuation lines start with a space. */
export function plier(ligne: string): string {
  const encodeur = new TextEncoder();
  const morceaux: string[] = [];
  let courant = '';
  let octets = 0;
  for (const car of ligne) {
    const n = encodeur.encode(car).length;
    const limite = morceaux.length === 0 ? 75 : 74;
    if (octets + n > limite) {
      morceaux.push(courant);
      courant = '';
      octets = 0;
    }
    courant += car;
    octets += n;
  }
  morceaux.push(courant);
  return morceaux.join('\r\n ');
}

const dateIcs = (iso: string): string => iso.replaceAll('-', '');

export function calendrierIcs(
  versements: readonly Versement[],
  dateSignature: string,
  aujourdhui: string,
): string {
  const dtstamp = `${dateIcs(aujourdhui)}T000000Z`;
  const lignes = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN'];
  lignes.push('METHOD:PUBLISH', `X-WR-CALNAME:${texteIcs(frCal.titre)}`);
  versements.forEach((v, i) => {
    const nature = frCal.nature(v.nature, v.part);
    const resume =
      v.portion === undefined
        ? frCal.ics.resume(nature, v.annee, euros(v.montant))
        : frCal.ics.resumeRecrutement(nature, v.annee, v.portion, euros(v.montant));
    const description = [v.note, v.indicatif ? frCal.ics.indicatif : '', frCal.ics.simulation]
      .filter((t) => t !== '')
      .join('\n');
    lignes.push(
      'BEGIN:VEVENT',
      `UID:versement-${dateIcs(dateSignature)}-${v.annee}-${v.portion ?? 0}-${i + 1}@${DOMAINE}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dateIcs(v.date)}`,
      `SUMMARY:${texteIcs(resume)}`,
      `DESCRIPTION:${texteIcs(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lignes.push('END:VCALENDAR');
  return `${lignes.map(plier).join('\r\n')}\r\n`;
}
