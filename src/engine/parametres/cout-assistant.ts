/**
 * What an assistant médical costs the employer (issue #5, item 4): outside RULES.md, which covers
 * the aid only. Defaults the user can change: the lowest salary of the collective agreement for an
 * assistant médical, never below the legal minimum wage (SMIC), and an employer contribution rate.
 *
 * - Collective agreement of the staff of medical practices (IDCC 1147), avenant n° 76 of 27 June
 *   2019: the assistant médical sits at levels 5 to 9 of the grid; level 5 is the default here.
 * - Level 5 was revalued by avenants 80 (+2.2 % on 1 June 2021), 87 (+3 % on 1 July 2022) and 89
 *   (+3 % on 1 July 2023); their exact amounts were not found in a citable source, so that period
 *   has no value (`null`): the SMIC is then the default, said as such.
 * - Monthly amounts are gross, for a full time of 151.67 hours (35 hours a week).
 */
import type { Parametre } from './types.ts';
import { VERIFIE_LE } from './version.ts';

/** Weekly hours of a full-time job (35 hours, 151.67 hours a month). */
export const HEURES_TEMPS_PLEIN = 35;
/** Months of salary per year (the agreement's grid is monthly; no 13th month assumed). */
export const MOIS_PAR_AN = 12;

export const salaireMinimumConventionnel: Parametre<number | null> = {
  id: 'cout.salaire-minimum-conventionnel',
  libelle:
    'Salaire minimum conventionnel d’un assistant médical (niveau 5, brut mensuel à temps plein)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      depuis: '2019-07-01',
      jusqua: '2021-05-31',
      valeur: 1642,
      sources: ['ccn-avenant-76', 'fmf-2019'],
      confiance: ['officiel', 'non-officiel'],
      note: 'Avenant n° 76 : l’assistant médical est classé aux niveaux 5 à 9 ; montant du niveau 5 repris de la FMF.',
    },
    {
      depuis: '2021-06-01',
      jusqua: '2023-12-31',
      valeur: null,
      sources: ['ccn-avenant-76'],
      confiance: ['officiel'],
      note: 'Revalorisé par les avenants n° 80 (+2,2 % au 1er juin 2021), 87 (+3 % au 1er juillet 2022) et 89 (+3 % au 1er juillet 2023) ; montant exact non repris faute de source citable : le SMIC sert de valeur par défaut.',
    },
    {
      depuis: '2024-01-01',
      valeur: 1815.79,
      sources: ['ccn-avenant-90'],
      confiance: ['non-officiel'],
      note: 'Avenant n° 90, salaires au 1er janvier 2024 (niveaux 5 à 9 : 1 815,79 € à 2 159,91 €). Dernière valeur vérifiée.',
    },
  ],
};

const SMIC = { sources: ['decrets-smic'] as const, confiance: ['officiel'] as const };

/** Gross monthly SMIC for 35 hours a week (hourly rate × 151.67 hours). */
export const smicMensuel: Parametre<number> = {
  id: 'cout.smic-mensuel',
  libelle: 'SMIC brut mensuel (35 heures par semaine)',
  verifieLe: VERIFIE_LE,
  valeurs: [
    { depuis: '2019-01-01', jusqua: '2019-12-31', valeur: 1521.22, ...SMIC, note: '10,03 €/h' },
    { depuis: '2020-01-01', jusqua: '2020-12-31', valeur: 1539.42, ...SMIC, note: '10,15 €/h' },
    { depuis: '2021-01-01', jusqua: '2021-09-30', valeur: 1554.58, ...SMIC, note: '10,25 €/h' },
    { depuis: '2021-10-01', jusqua: '2021-12-31', valeur: 1589.47, ...SMIC, note: '10,48 €/h' },
    { depuis: '2022-01-01', jusqua: '2022-04-30', valeur: 1603.12, ...SMIC, note: '10,57 €/h' },
    { depuis: '2022-05-01', jusqua: '2022-07-31', valeur: 1645.58, ...SMIC, note: '10,85 €/h' },
    { depuis: '2022-08-01', jusqua: '2022-12-31', valeur: 1678.95, ...SMIC, note: '11,07 €/h' },
    { depuis: '2023-01-01', jusqua: '2023-04-30', valeur: 1709.28, ...SMIC, note: '11,27 €/h' },
    { depuis: '2023-05-01', jusqua: '2023-12-31', valeur: 1747.2, ...SMIC, note: '11,52 €/h' },
    { depuis: '2024-01-01', jusqua: '2024-10-31', valeur: 1766.92, ...SMIC, note: '11,65 €/h' },
    { depuis: '2024-11-01', jusqua: '2025-12-31', valeur: 1801.8, ...SMIC, note: '11,88 €/h' },
    {
      depuis: '2026-01-01',
      jusqua: '2026-05-31',
      valeur: 1823.03,
      ...SMIC,
      note: '12,02 €/h (décret n° 2025-1228 du 17 décembre 2025).',
    },
    {
      depuis: '2026-06-01',
      valeur: 1867.06,
      sources: ['modele-social-smic-2026-06'],
      confiance: ['non-officiel'],
      note: '12,31 €/h × 151,67 h, valeur du modèle social de l’Urssaf (le même qui calcule les cotisations), dont le décret n’a pas été lu. Dernière valeur connue, prolongée au-delà.',
    },
  ],
};

/**
 * The FMF's estimate of 2019 as a rate of the gross salary: level 5 (1 642 € a month) at 25 600 € a
 * year "charges comprises": 25 600 / (1 642 × 12) ≈ 1.30. No longer the default since issue #10:
 * the employer contributions come from the social model (modele-social), réduction générale
 * included; kept as a published reference for the sources page.
 */
export const tauxChargesPatronales: Parametre<number> = {
  id: 'cout.taux-charges-patronales',
  libelle:
    'Taux de charges patronales estimé par la FMF en 2019 (part du salaire brut), référence ; le simulateur calcule désormais les cotisations avec le modèle social',
  verifieLe: VERIFIE_LE,
  valeurs: [
    {
      depuis: '2019-07-01',
      valeur: 0.3,
      sources: ['fmf-2019'],
      confiance: ['non-officiel', 'interpretation'],
      note: 'Rapport de l’estimation FMF (25 600 € chargés pour 1 642 € × 12 = 19 704 € bruts). Plus utilisé par défaut : le modèle social de mon-entreprise.urssaf.fr (réduction générale comprise) donne environ 4 % au SMIC en 2026.',
    },
  ],
};
