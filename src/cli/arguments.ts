/** Command-line options (see aide.ts). */
import { estDateIso } from '../engine/index.ts';
import { lireOptionCout, optionCout, verifierOptionsCout } from './arguments-cout.ts';
import type { SaisieCout } from './cout.ts';
import { ErreurUtilisateur, VOIR_AIDE } from './erreur-utilisateur.ts';

/** `csv-fr` and `xlsx`: the advisor's results table (input columns, verdict in words…). */
export type FormatSortie = 'json' | 'csv' | 'csv-fr' | 'xlsx';

const FORMATS: readonly FormatSortie[] = ['json', 'csv', 'csv-fr', 'xlsx'];

export interface Options extends SaisieCout {
  aide: boolean;
  /** Path of the input file, `-` for the standard input. */
  fichier: string | null;
  format: FormatSortie;
  explications: boolean;
  /** Indented JSON (default: one result per line). */
  indente: boolean;
  /** Payment calendar of each contract (dated instalments). */
  calendrier: boolean;
  /** Recruitment date of the assistant (ISO), for the calendar; null when not given. */
  dateRecrutement: string | null;
  /** Net cost of the assistant per contract year (its values: SaisieCout, null when not given). */
  cout: boolean;
  /** Computing threads for a big input (protocole.ts, avecTravailleur): `auto`, 1 or 2. */
  fils: Fils;
}

export type Fils = 'auto' | 1 | 2;

function lireFils(valeur: string | undefined): Fils {
  if (valeur === 'auto') return 'auto';
  if (valeur === '1' || valeur === '2') return Number(valeur) as 1 | 2;
  throw new ErreurUtilisateur(
    valeur === undefined || valeur === ''
      ? `l’option --fils attend une valeur : auto, 1 ou 2 ; ${VOIR_AIDE}`
      : `valeur inconnue pour l’option --fils : « ${valeur} » (auto, 1 ou 2 attendu) ; ${VOIR_AIDE}`,
  );
}

function lireFormat(valeur: string | undefined): FormatSortie {
  const format = FORMATS.find((f) => f === valeur);
  if (format) return format;
  throw new ErreurUtilisateur(
    valeur === undefined
      ? `l’option --format attend une valeur : json, csv, csv-fr ou xlsx ; ${VOIR_AIDE}`
      : `format de sortie inconnu « ${valeur} » : json, csv, csv-fr ou xlsx attendu ; ${VOIR_AIDE}`,
  );
}

function lireDateRecrutement(valeur: string | undefined): string {
  if (valeur !== undefined && estDateIso(valeur)) return valeur;
  throw new ErreurUtilisateur(
    valeur === undefined || valeur === ''
      ? `l’option --date-recrutement attend une date AAAA-MM-JJ, ex. --date-recrutement=2024-09-16 ; ${VOIR_AIDE}`
      : `date invalide pour l’option --date-recrutement : « ${valeur} » (une date réelle AAAA-MM-JJ est attendue, ex. 2024-09-16) ; ${VOIR_AIDE}`,
  );
}

export function lireArguments(argv: readonly string[]): Options {
  const options: Options = {
    aide: false,
    fichier: null,
    format: 'json',
    explications: false,
    indente: false,
    calendrier: false,
    dateRecrutement: null,
    cout: false,
    salaire: null,
    heures: null,
    charges: null,
    fils: 'auto',
  };
  const fichiers: string[] = [];
  let finDesOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const nomCout = finDesOptions ? null : optionCout(arg);
    if (finDesOptions || arg === '-' || !arg.startsWith('-')) fichiers.push(arg);
    else if (arg === '--') finDesOptions = true;
    else if (arg === '-h' || arg === '--help' || arg === '--aide') options.aide = true;
    else if (arg === '--explications') options.explications = true;
    else if (arg === '--indente' || arg === '--pretty') options.indente = true;
    else if (arg === '--compact') options.indente = false;
    else if (arg === '--calendrier') options.calendrier = true;
    else if (arg === '--cout') options.cout = true;
    else if (arg === '--date-recrutement') options.dateRecrutement = lireDateRecrutement(argv[++i]);
    else if (arg.startsWith('--date-recrutement='))
      options.dateRecrutement = lireDateRecrutement(arg.slice('--date-recrutement='.length));
    else if (arg === '--fils') options.fils = lireFils(argv[++i]);
    else if (arg.startsWith('--fils=')) options.fils = lireFils(arg.slice('--fils='.length));
    else if (arg === '--format' || arg === '-f') options.format = lireFormat(argv[++i]);
    else if (arg.startsWith('--format='))
      options.format = lireFormat(arg.slice('--format='.length));
    else if (nomCout !== null) {
      const valeur = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      options[nomCout] = lireOptionCout(nomCout, valeur);
    } else throw new ErreurUtilisateur(`option inconnue « ${arg} » ; ${VOIR_AIDE}`);
  }
  if (options.aide) return options;
  if (options.dateRecrutement !== null && !options.calendrier) {
    throw new ErreurUtilisateur(
      `l’option --date-recrutement ne sert qu’au calendrier des versements : ajouter --calendrier ; ${VOIR_AIDE}`,
    );
  }
  verifierOptionsCout(options, options.cout);
  if (options.cout && options.calendrier && options.format === 'csv') {
    throw new ErreurUtilisateur(
      `--cout et --calendrier ne vont pas ensemble en csv (une ligne par année de contrat pour l’un, par versement pour l’autre) : les demander séparément, ou en JSON ; ${VOIR_AIDE}`,
    );
  }
  if (
    (options.format === 'csv-fr' || options.format === 'xlsx') &&
    (options.cout || options.calendrier)
  ) {
    throw new ErreurUtilisateur(
      `--format ${options.format} donne le tableau des résultats (une ligne par situation) : --calendrier et --cout s’écrivent en json ou csv ; ${VOIR_AIDE}`,
    );
  }
  if (fichiers.length === 0) {
    throw new ErreurUtilisateur(
      `aucun fichier indiqué (utiliser « - » pour l’entrée standard) ; ${VOIR_AIDE}`,
    );
  }
  if (fichiers.length > 1) {
    throw new ErreurUtilisateur(
      `un seul fichier à la fois (reçu : ${fichiers.join(', ')}) ; ${VOIR_AIDE}`,
    );
  }
  options.fichier = fichiers[0] as string;
  return options;
}
