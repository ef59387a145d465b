/**
 * Field errors as the wizard shows them (issue 10): named by the field's French label, bounds and
 * typed values in the field's unit (a percentage as « 150 % », never « 1.5 »). The schema's
 * messages name fields by their public names for the command line (src/schemas/erreurs.ts): the
 * UI keeps their meaning and rewrites their form; a sentence it does not know keeps its text after
 * the field name, so nothing is lost.
 */
import type { ErreurChamp } from '../../engine/saisie.ts';
import { nombre, pourcent } from '../format.ts';
import { fr } from './fr.ts';
import { texteCollectif } from './fr-collectif.ts';

type Structure = 'liberal' | 'centre' | 'collectif';

/** Fields typed as percentages and stored as fractions. */
const EN_POURCENT = /^(partHonorairesCliniques|atteinte(\.\d+)?)$/;

/** The French label of a field path (`atteinte.2`, `assistants.0.etp`, `realise.1.mt`). */
export function libelleChamp(champ: string, structure: Structure | undefined): string {
  const item = /^(atteinte|assistants|realise)\.(\d+)(?:\.(\w+))?$/.exec(champ);
  if (item) {
    const k = Number(item[2]) + 1;
    if (item[1] === 'atteinte') return fr.items.atteinte(k);
    if (item[1] === 'realise')
      return item[3] === 'fileActive' ? fr.items.realiseFa(k) : fr.items.realiseMt(k);
    if (item[3] === 'anneeDebut') return fr.assistants.annee(k);
    if (item[3] === 'etp') return fr.assistants.etp(k);
  }
  /** Own properties only: a path `constructor` is not Object.prototype's. */
  const texte = (cle: string) => (Object.hasOwn(fr.champs, cle) ? fr.champs[cle] : undefined);
  const t = texteCollectif(champ, structure) ?? texte(champ) ?? texte(champ.split('.')[0] ?? '');
  if (!t) return champ;
  return (structure === 'centre' ? t.labelCentre : undefined) ?? t.label;
}

/** « 1.5 » (as the schema prints a number) in the field's unit; other text quoted as typed. */
function valeur(texte: string, enPourcent: boolean): string {
  const n = Number(texte);
  if (texte.trim() === '' || !Number.isFinite(n)) return texte;
  return enPourcent ? pourcent(n) : nombre(n);
}

const FORMES: readonly [RegExp, (m: RegExpExecArray, enPourcent: boolean) => string][] = [
  [
    /^doit être inférieur ou égal à (\S+) \(reçu : (.*)\)$/,
    (m, p) => fr.erreursChamp.auPlus(valeur(m[1]!, p), valeur(m[2]!, p)),
  ],
  [
    /^doit être supérieur ou égal à (\S+) \(reçu : (.*)\)$/,
    (m, p) => fr.erreursChamp.auMoins(valeur(m[1]!, p), valeur(m[2]!, p)),
  ],
  [
    /^doit être strictement supérieur à (\S+) \(reçu : (.*)\)$/,
    (m, p) => fr.erreursChamp.plusQue(valeur(m[1]!, p), valeur(m[2]!, p)),
  ],
  [
    /^doit être un nombre entier \(reçu : (.*)\)$/,
    (m, p) => fr.erreursChamp.entier(valeur(m[1]!, p)),
  ],
  [
    /^doit être un nombre \(reçu : (.*)\)$/,
    (m, p) => (p ? fr.erreursChamp.pourcentage(m[1]!) : fr.erreursChamp.nombre(m[1]!)),
  ],
  [/^date impossible ou mal écrite (.*?) ;/, (m) => fr.erreursChamp.date(m[1]!)],
  [
    /^(?:valeur non reconnue|spécialité inconnue) (« .*? »|\S+)/,
    (m) => fr.erreursChamp.choix(m[1]!),
  ],
  [/^champ obligatoire manquant$/, () => fr.erreursChamp.obligatoire],
];

/** The schema's sentence for `champ`, rewritten for the wizard. */
export function messageChamp(erreur: ErreurChamp, structure: Structure | undefined): string {
  const prefixe = `${erreur.champ} : `;
  const texte = erreur.message.startsWith(prefixe)
    ? erreur.message.slice(prefixe.length)
    : erreur.message;
  const enPourcent = EN_POURCENT.test(erreur.champ);
  const forme = FORMES.map(([motif, ecrire]) => {
    const m = motif.exec(texte);
    return m ? ecrire(m, enPourcent) : null;
  }).find((t) => t !== null);
  return fr.erreursChamp.phrase(libelleChamp(erreur.champ, structure), forme ?? texte);
}

export function erreursEnFrancais(
  erreurs: readonly ErreurChamp[],
  structure: Structure | undefined,
): ErreurChamp[] {
  return erreurs.map((e) => ({ champ: e.champ, message: messageChamp(e, structure) }));
}
