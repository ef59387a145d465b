/**
 * Real-world CSV fixtures shared by the command line's and lot.html's tests: three golden cases
 * with accented references — lib-2024-plein-degressivite (Hélène), lib-2024-chirurgie-actes-
 * techniques (Jérôme, 0.7 of clinical fees) and cds-exemple-1 (the centre, with its recruitments
 * and realised patients) — as a plain CSV and as French Excel saves it.
 */
const COLONNES =
  'reference,structure,dateSignature,specialite,secteur,option,bande,partHonorairesCliniques,' +
  'atteinte,etpGeneralistes,etpSpecialistes,patientele.mtAdultes,patientele.fileActive,' +
  'assistants.anneeDebut,assistants.etp,realise.mt,realise.fileActive';

export const CSV_SIMPLE = [
  COLONNES,
  'Dr Hélène Müller,liberal,2025-02-01,medecine-generale,1,plein,P30-P50,,1;1;0.6;0.9;1,,,,,,,,',
  'Dr Jérôme Lefèvre,liberal,2025-03-10,chirurgie-orthopedique,1,demi,P50-P70,0.7,,,,,,,,,',
  'Centre « Les Tilleuls »,centre,2021-01-04,,,,,,,6,2,5600,16000,1,2,100;200;270;420;420,400;550;700;1200;1200',
  '',
].join('\n');

/** The same table as French Excel saves it: `;`, decimal comma, lists quoted or with `|`, CRLF. */
export const CSV_EXCEL = [
  COLONNES.replaceAll(',', ';'),
  'Dr Hélène Müller;liberal;2025-02-01;medecine-generale;1;plein;P30-P50;;"1;1;0,6;0,9;1";;;;;;;;',
  'Dr Jérôme Lefèvre;liberal;2025-03-10;chirurgie-orthopedique;1;demi;P50-P70;0,7;;;;;;;;;',
  'Centre « Les Tilleuls »;centre;2021-01-04;;;;;;;6;2;5600;16000;1;2;100|200|270|420|420;"400;550;700;1 200;1 200"',
  '',
].join('\r\n');

/** A text in another encoding (`latin1` stands for Windows-1252 here, `utf16le`). */
export const octets = (texte: string, encodage: BufferEncoding): Uint8Array =>
  Uint8Array.from(Buffer.from(texte, encodage));
