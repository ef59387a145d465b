/**
 * Command line: `npm run simulate -- FICHIER [--format json|csv] [--indente] [--explications]
 * [--calendrier [--date-recrutement=AAAA-MM-JJ]] [--cout [--salaire=…] [--heures=…] [--charges=…]]`.
 * Exit codes: 0 all inputs valid, 2 user error (some input invalid, bad file or option, output
 * that cannot be written), 1 bug. The output is streamed: each slice of results is written as soon
 * as it is computed, in input order.
 */
import { availableParallelism } from 'node:os';
import { AIDE } from './aide.ts';
import { anneesCsv } from './annees-csv.ts';
import { lireArguments } from './arguments.ts';
import { COLONNES_CSV_CALENDRIER } from './calendrier.ts';
import { COLONNES_CSV_COUT, optionsCout } from './cout.ts';
import { CODE_SORTIE, ErreurUtilisateur } from './erreur-utilisateur.ts';
import { avecReference, enteteCsv, enteteEnTexte, type OptionsSortie } from './format-output.ts';
import { estExcel, lireExcel } from './excel.ts';
import { lireSource } from './lire-source.ts';
import { Tableau, verifierSortieBinaire } from './tableau.ts';
import { lireEntrees, ouvrirEntrees } from './parse-input.ts';
import { sourceDe } from './entree.ts';
import { avecTravailleur, lancerLecture, scriptTravailleur, traiterTout } from './repartir.ts';
import {
  ecrire,
  ecrirePrete,
  estErreurEcriture,
  messageErreurEcriture,
  surveillerSortie,
} from './sortie.ts';
import { ErreurMoteur, type LotOctets } from './traiter-lot.ts';

async function executer(argv: readonly string[]): Promise<number> {
  const options = lireArguments(argv);
  if (options.aide || options.fichier === null) {
    await ecrire(process.stdout, AIDE);
    return CODE_SORTIE.ok;
  }
  verifierSortieBinaire(options.format);
  const { octets, nom } = await lireSource(options.fichier);
  // A big input is read by the worker thread too, at the same time (when it has a core to run on).
  const lecteur = avecTravailleur(options.fils, availableParallelism())
    ? lancerLecture(octets, nom, scriptTravailleur(import.meta.url))
    : null;
  const enTableau = options.format === 'csv-fr' || options.format === 'xlsx';
  // The results table keeps every input row; otherwise a CSV's rows are typed slice by slice.
  const lecture = estExcel(octets, nom)
    ? await lireExcel(octets, nom)
    : enTableau
      ? lireEntrees(octets, nom)
      : null;
  const entrees = lecture ? sourceDe(lecture) : ouvrirEntrees(octets, nom);
  const { lieu } = entrees;
  const csvParDefaut = options.format === 'csv' && !options.calendrier && !options.cout;
  const tableau = lecture && enTableau ? new Tableau(lecture.valeurs) : null;
  const sortie: OptionsSortie = {
    format: tableau ? 'tableau' : options.format === 'json' ? 'json' : 'csv',
    explications: options.explications,
    indente: options.indente,
    calendrier: options.calendrier,
    dateRecrutement: options.dateRecrutement,
    cout: options.cout ? optionsCout(options) : null,
    ...(csvParDefaut ? { anneesCsv: anneesCsv(entrees) } : {}),
  };
  const rejets: string[] = [];
  let premier = true;
  if (options.format === 'json') await ecrire(process.stdout, '[\n');
  else if (options.format === 'csv') {
    const entete = options.calendrier
      ? avecReference(COLONNES_CSV_CALENDRIER, 'reference')
      : options.cout
        ? avecReference(COLONNES_CSV_COUT, 'reference')
        : enteteCsv(sortie.anneesCsv ?? 0);
    await ecrire(process.stdout, enteteEnTexte(entete));
  }
  const livrer = async (lot: LotOctets, fini: () => void) => {
    for (const rejet of lot.rejets) rejets.push(`${lieu(rejet.position)} : ${rejet.message}`);
    if (tableau) tableau.ajouter(lot);
    if (options.format === 'json' && lot.octets.length > 0) {
      if (!premier) await ecrire(process.stdout, ',\n');
      premier = false;
    }
    await ecrirePrete(process.stdout, lot.octets, fini);
  };
  try {
    await traiterTout(entrees, sortie, livrer, lecteur);
  } catch (erreur) {
    if (!(erreur instanceof ErreurMoteur)) throw erreur;
    throw new Error(`${lieu(erreur.position)} : ${erreur.message}`, { cause: erreur });
  }
  if (options.format === 'json') await ecrire(process.stdout, premier ? ']\n' : '\n]\n');
  if (tableau && options.format !== 'json' && options.format !== 'csv')
    await ecrire(process.stdout, await tableau.ecrire(options.format));
  if (rejets.length === 0) return CODE_SORTIE.ok;
  await ecrire(process.stderr, rejets.join('\n') + '\n');
  return CODE_SORTIE.utilisateur;
}

function signalerErreur(erreur: unknown): number {
  if (erreur instanceof ErreurUtilisateur || estErreurEcriture(erreur)) {
    const message = estErreurEcriture(erreur) ? messageErreurEcriture(erreur) : erreur.message;
    process.stderr.write(`erreur : ${message}\n`);
    return CODE_SORTIE.utilisateur;
  }
  const message = erreur instanceof Error ? erreur.message : String(erreur);
  process.stderr.write(`erreur interne du simulateur, merci de la signaler : ${message}\n`);
  if (process.env.SIMULATEUR_DEBUG && erreur instanceof Error)
    process.stderr.write(`${erreur.stack}\n`);
  return CODE_SORTIE.interne;
}

surveillerSortie(process.stdout);

try {
  process.exitCode = await executer(process.argv.slice(2));
} catch (erreur) {
  process.exitCode = signalerErreur(erreur);
}
