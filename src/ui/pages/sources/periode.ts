/** "du 21 août 2019 au 30 avril 2023", "depuis le 22 juin 2024"; source dates "2022-06" → "juin 2022". */
import { dateLongue } from '../../format.ts';
import { frSources } from './messages.ts';

export function periode(depuis: string, jusqua: string | undefined): string {
  return jusqua === undefined
    ? frSources.tableau.depuis(dateLongue(depuis))
    : frSources.tableau.du(dateLongue(depuis), dateLongue(jusqua));
}

const MOIS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function dateSource(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return dateLongue(date);
  if (/^\d{4}-\d{2}$/.test(date)) return MOIS.format(new Date(`${date}-01T00:00:00Z`));
  return date;
}
