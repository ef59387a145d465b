/**
 * Generated batch files for lot.html, shared by the end-to-end tests and scripts/bench-lot.ts:
 * six kinds of rows in turn (liberal doctors of several specialties and bands, a centre, and one
 * invalid row out of six: 30 February), so a file of n rows has ⌊n / 6⌋ invalid ones.
 */
const ENTETE =
  'structure,dateSignature,specialite,secteur,optam,option,bande,zoneSousDense,atteinte,etpGeneralistes,etpSpecialistes,nouveauCentre,patientele.mtAdultes,patientele.fileActive,assistants.anneeDebut,assistants.etp';

const MODELES = [
  'liberal,2025-02-01,medecine-generale,1,,plein,P30-P50,,1;1;0.6;0.9;1,,,,,,,',
  'liberal,2025-03-10,dermatologie,2,non,demi,P50-P70,,,,,,,,,',
  'liberal,2024-09-01,pediatrie,1,,demi,P70-P90,,,,,,,,,',
  'liberal,2025-01-15,medecine-generale,1,,double,P50-P70,oui,,,,,,,,',
  'centre,2021-01-04,,,,,,,,6,2,non,5600,16000,1,2',
  'liberal,2025-02-30,medecine-generale,1,,plein,P30-P50,,,,,,,,,',
];

/** Invalid rows among the first n (every sixth row). */
export const invalidesParmi = (n: number): number => Math.floor(n / MODELES.length);

export function csvLot(n: number): string {
  const lignes = [ENTETE];
  for (let i = 0; i < n; i++) lignes.push(MODELES[i % MODELES.length] as string);
  return `${lignes.join('\n')}\n`;
}

/** A file of `octets` bytes exactly: the header, then rows, padded with spaces in the last one. */
export function csvDeTaille(octets: number): Buffer {
  const ligne = `${MODELES[0]}\n`;
  const debut = `${ENTETE}\n`;
  const n = Math.floor((octets - debut.length) / ligne.length);
  const texte = debut + ligne.repeat(n);
  return Buffer.concat([Buffer.from(texte), Buffer.alloc(octets - texte.length, ' ')]);
}
