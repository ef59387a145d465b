/**
 * Command line: `npm run simulate -- FICHIER [--format json|csv] [--indente] [--explications]
 * [--calendrier [--date-recrutement=AAAA-MM-JJ]] [--cout [--salaire=…] [--heures=…] [--charges=…]]`.
 * Exit codes: 0 all inputs valid, 2 user error (some input invalid, bad file or option), 1 bug.
 */
import { AIDE } from './aide.ts';
import { lireArguments } from './arguments.ts';
import { morceauxCsvCalendrier } from './calendrier.ts';
import { morceauxCsvCout, optionsCout } from './cout.ts';
import { ecrire } from './ecrire.ts';
import { CODE_SORTIE, ErreurUtilisateur } from './erreur-utilisateur.ts';
import { morceauxCsv, type Cellule, type OptionsSortie } from './format-output.ts';
import { lireSource } from './lire-source.ts';
import { lireEntrees } from './parse-input.ts';
import { traiterTout } from './repartir.ts';
import { ErreurMoteur, type Lot } from './traiter-lot.ts';

async function executer(argv: readonly string[]): Promise<number> {
  const options = lireArguments(argv);
  if (options.aide || options.fichier === null) {
    await ecrire(process.stdout, [AIDE]);
    return CODE_SORTIE.ok;
  }
  const { texte, nom } = await lireSource(options.fichier);
  const { valeurs, lieu } = lireEntrees(texte.replace(/^\uFEFF/, ''), nom);
  const sortie: OptionsSortie = {
    format: options.format,
    explications: options.explications,
    indente: options.indente,
    calendrier: options.calendrier,
    dateRecrutement: options.dateRecrutement,
    cout: options.cout ? optionsCout(options) : null,
  };
  const rejets: string[] = [];
  const lignesCsv: Cellule[][] = [];
  let premier = true;
  if (options.format === 'json') await ecrire(process.stdout, ['[\n']);
  const livrer = async (lot: Lot) => {
    for (const rejet of lot.rejets) rejets.push(`${lieu(rejet.position)} : ${rejet.message}`);
    if (options.format === 'csv') {
      for (const ligne of lot.lignesCsv) lignesCsv.push(ligne);
    } else if (lot.json !== '') {
      await ecrire(process.stdout, [premier ? lot.json : `,\n${lot.json}`]);
      premier = false;
    }
  };
  try {
    await traiterTout(valeurs, sortie, livrer);
  } catch (erreur) {
    if (!(erreur instanceof ErreurMoteur)) throw erreur;
    throw new Error(`${lieu(erreur.position)} : ${erreur.message}`, { cause: erreur });
  }
  const finCsv = options.calendrier
    ? morceauxCsvCalendrier
    : options.cout
      ? morceauxCsvCout
      : morceauxCsv;
  await ecrire(
    process.stdout,
    options.format === 'csv' ? finCsv(lignesCsv) : [premier ? ']\n' : '\n]\n'],
  );
  if (rejets.length === 0) return CODE_SORTIE.ok;
  await ecrire(process.stderr, [rejets.join('\n') + '\n']);
  return CODE_SORTIE.utilisateur;
}

function signalerErreur(erreur: unknown): number {
  if (erreur instanceof ErreurUtilisateur) {
    process.stderr.write(`erreur : ${erreur.message}\n`);
    return CODE_SORTIE.utilisateur;
  }
  const message = erreur instanceof Error ? erreur.message : String(erreur);
  process.stderr.write(`erreur interne du simulateur, merci de la signaler : ${message}\n`);
  if (process.env.SIMULATEUR_DEBUG && erreur instanceof Error)
    process.stderr.write(`${erreur.stack}\n`);
  return CODE_SORTIE.interne;
}

// A closed pipe (`… | head`) is not an error.
process.stdout.on('error', (erreur: NodeJS.ErrnoException) => {
  if (erreur.code === 'EPIPE') process.exit(process.exitCode ?? CODE_SORTIE.ok);
  else process.exit(signalerErreur(erreur));
});

try {
  process.exitCode = await executer(process.argv.slice(2));
} catch (erreur) {
  process.exitCode = signalerErreur(erreur);
}
