/**
 * The `--cout` options: `--salaire` (euros a month, full time), `--heures` (a week), `--charges`
 * (percentage of the gross salary), with the cost page's bounds and French messages naming them.
 */
import type { SaisieCout } from './cout.ts';
import { ErreurUtilisateur, VOIR_AIDE } from './erreur-utilisateur.ts';

type OptionCout = keyof SaisieCout;

/** Bounds of the `--cout` options (as on the cost page) and the words of their messages. */
const OPTIONS_COUT: Record<
  OptionCout,
  { max: number; zeroAdmis: boolean; attendu: string; exemple: string }
> = {
  salaire: {
    max: 100000,
    zeroAdmis: false,
    attendu: 'un salaire brut mensuel à temps plein, en euros, supérieur à 0 et d’au plus 100 000',
    exemple: '1900,50',
  },
  heures: {
    max: 70,
    zeroAdmis: false,
    attendu: 'un nombre d’heures par semaine supérieur à 0 et d’au plus 70',
    exemple: '17,5',
  },
  charges: {
    max: 100,
    zeroAdmis: true,
    attendu: 'un pourcentage du salaire brut entre 0 et 100',
    exemple: '30',
  },
};

/** A decimal number, with a point or a French comma; spaces, `€` and `%` are ignored. */
const NOMBRE = /^(\d+([.,]\d*)?|[.,]\d+)$/;

export function lireOptionCout(nom: OptionCout, valeur: string | undefined): number {
  const { max, zeroAdmis, attendu, exemple } = OPTIONS_COUT[nom];
  const propre = (valeur ?? '').replace(/[\s€%]/g, '');
  const n = NOMBRE.test(propre) ? Number(propre.replace(',', '.')) : Number.NaN;
  if ((zeroAdmis ? n >= 0 : n > 0) && n <= max) return n;
  throw new ErreurUtilisateur(
    propre === ''
      ? `l’option --${nom} attend ${attendu}, ex. --${nom}=${exemple} ; ${VOIR_AIDE}`
      : `valeur invalide pour l’option --${nom} : « ${valeur} » (attendu : ${attendu}, ex. ${exemple}) ; ${VOIR_AIDE}`,
  );
}

/** `--salaire`, `--salaire=…` and the like: the option's name, or null for any other argument. */
export function optionCout(arg: string): OptionCout | null {
  const nom = /^--(salaire|heures|charges)(=|$)/.exec(arg)?.[1];
  return (nom as OptionCout | undefined) ?? null;
}

/** `--salaire`, `--heures`, `--charges` without `--cout`: each one given, named. */
export function verifierOptionsCout(options: SaisieCout, cout: boolean): void {
  const donnees = (['salaire', 'heures', 'charges'] as const)
    .filter((nom) => options[nom] !== null)
    .map((nom) => `--${nom}`);
  if (cout || donnees.length === 0) return;
  const liste =
    donnees.length === 1
      ? `l’option ${donnees[0]} ne sert`
      : `les options ${donnees.slice(0, -1).join(', ')} et ${donnees.at(-1)} ne servent`;
  throw new ErreurUtilisateur(
    `${liste} qu’au coût net de l’assistant : ajouter --cout ; ${VOIR_AIDE}`,
  );
}
