/**
 * A parameter's value, readable: numbers in fr-FR (euros, percentages), specialty and option slugs
 * as their labels, objects as small definition lists, lists as lists. Knows no rule.
 */
import type { ReactNode } from 'react';
import { SPECIALITES } from '../../../engine/saisie.ts';
import { type Confiance } from '../../../engine/simulation.ts';
import { dateLongue, euros, nombre, pourcent } from '../../format.ts';
import { fr } from '../../messages/fr-resultats.ts';
import { frSources } from './messages.ts';

const EUROS = new Set(['a1', 'a2', 'a3', 'majorationP90', 'p95']);
const POURCENTS = new Set([
  'taux',
  'seuilPleinAnnee3',
  'seuilAnnee3',
  'seuilSuivantes',
  'avancePleine',
  'avanceReduite',
  'complement',
]);
const PARAMETRES_EN_POURCENT = new Set([
  'centres.tranches.p30',
  'centres.degressivite.annee3',
  'seuils.generalistes.part-enfants',
  'seuils.part-honoraires-cliniques',
  'cout.taux-charges-patronales',
]);
const PARAMETRES_EN_EUROS = new Set(['cout.salaire-minimum-conventionnel', 'cout.smic-mensuel']);
const LIBELLES_SPECIALITES = new Map(SPECIALITES.map((s) => [s.slug, s.libelle]));
const OPTIONS = fr.champs.option?.choix ?? {};

interface Contexte {
  parametre: string;
  cle: string | null;
}

function texte(valeur: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(valeur)) return dateLongue(valeur);
  if (valeur === 'chirurgie-*') return frSources.valeurs.toutesChirurgies;
  return (
    LIBELLES_SPECIALITES.get(valeur) ??
    fr.regimes[valeur] ??
    OPTIONS[valeur] ??
    frSources.valeurs.mesures[valeur] ??
    frSources.valeurs.bandes[valeur] ??
    frSources.valeurs.references[valeur] ??
    valeur
  );
}

function nombreLisible(n: number, { parametre, cle }: Contexte): string {
  if ((cle !== null && EUROS.has(cle)) || PARAMETRES_EN_EUROS.has(parametre)) return euros(n);
  if ((cle !== null && POURCENTS.has(cle)) || PARAMETRES_EN_POURCENT.has(parametre))
    return pourcent(n);
  return nombre(n);
}

function libelleCle(cle: string, parametre: string): string {
  return (
    frSources.clesParParametre[parametre]?.[cle] ??
    frSources.cles[cle] ??
    OPTIONS[cle] ??
    frSources.valeurs.bandes[cle] ??
    cle
  );
}

/** A grid cell `{taux, confiance, sources}`: the rate and its own confidence. */
function estCellule(v: object): v is { taux: number; confiance: readonly Confiance[] } {
  return 'taux' in v && 'confiance' in v && Array.isArray((v as { confiance: unknown }).confiance);
}

/** A dated instalment of the payment calendar: its French note says it all (no internal codes). */
function estEcheance(v: object): v is { note: string; confiance: readonly Confiance[] } {
  return 'part' in v && 'ancre' in v && typeof (v as { note?: unknown }).note === 'string';
}

function rendre(valeur: unknown, ctx: Contexte): ReactNode {
  if (valeur === null || valeur === undefined)
    return (
      (ctx.cle && frSources.valeurs.nulles[ctx.cle]) ??
      frSources.valeurs.nullesParParametre[ctx.parametre] ??
      frSources.valeurs.introuvable
    );
  if (typeof valeur === 'boolean') return valeur ? frSources.valeurs.oui : frSources.valeurs.non;
  if (typeof valeur === 'number') return nombreLisible(valeur, ctx);
  if (typeof valeur === 'string') return texte(valeur);
  if (Array.isArray(valeur)) {
    return (
      <ul className="valeur-liste">
        {valeur.map((v, i) => (
          <li key={i}>{rendre(v, ctx)} </li>
        ))}
      </ul>
    );
  }
  if (typeof valeur === 'object') {
    if (estEcheance(valeur)) {
      return (
        <>
          {valeur.note}{' '}
          {valeur.confiance.map((c) => (
            <span key={c} className={`etiquette etiquette-${c}`}>
              {fr.confiance[c] ?? c}{' '}
            </span>
          ))}
        </>
      );
    }
    if (estCellule(valeur)) {
      return (
        <>
          {pourcent(valeur.taux)}{' '}
          {valeur.confiance.map((c) => (
            <span key={c} className={`etiquette etiquette-${c}`}>
              {fr.confiance[c] ?? c}{' '}
            </span>
          ))}
        </>
      );
    }
    return (
      <dl className="valeur-objet">
        {Object.entries(valeur).map(([cle, v]) => (
          <div key={cle}>
            <dt>{`${libelleCle(cle, ctx.parametre)}\u00a0: `}</dt>
            <dd>{rendre(v, { parametre: ctx.parametre, cle })}</dd>{' '}
          </div>
        ))}
      </dl>
    );
  }
  return String(valeur);
}

export function Valeur({ parametre, valeur }: { parametre: string; valeur: unknown }) {
  return <>{rendre(valeur, { parametre, cle: null })}</>;
}
