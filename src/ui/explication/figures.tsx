/**
 * The explanation tree, one small component per figure kind (model: publicodes react-ui
 * Explanation.tsx, kind → component). Labels come from the engine's LIBELLES.
 */
import type { ReactNode } from 'react';
import { LIBELLES } from '../../engine/catalogue.ts';
import { type Figure, type FigureKind } from '../../engine/simulation.ts';
import { dateLongue } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import { Provenance } from './Provenance.tsx';
import { valeurFigure } from './valeur.ts';

const LIBELLES_DETAILS = LIBELLES as Readonly<Record<string, string>>;
const libelle = (f: Figure): string => LIBELLES_DETAILS[f.label] ?? f.label;

function Ligne({ figure, children }: { figure: Figure; children?: ReactNode }) {
  return (
    <>
      <span className="figure-libelle">{libelle(figure)}</span>
      {'\u00a0: '}
      <strong>{valeurFigure(figure)}</strong>
      {children}
    </>
  );
}

function Termes({ figure }: { figure: Figure }) {
  if (!figure.termes || figure.termes.length === 0) return null;
  return (
    <ul>
      {figure.termes.map((t, i) => (
        <li key={`${t.label}-${i}`}>
          <FigureVue figure={t} />
        </li>
      ))}
    </ul>
  );
}

function detail(cle: string, valeur: string | number | boolean): string {
  const nom = LIBELLES_DETAILS[cle] ?? fr.explication.cles[cle] ?? cle;
  let texte = String(valeur);
  if (typeof valeur === 'boolean') texte = valeur ? 'oui' : 'non';
  else if (typeof valeur === 'number') texte = valeur.toLocaleString('fr-FR');
  else if (/^\d{4}-\d{2}-\d{2}$/.test(valeur)) texte = dateLongue(valeur);
  else texte = fr.regimesCourts[valeur] ?? fr.optionsCourtes[valeur] ?? valeur;
  return `${nom}\u00a0: ${texte}`;
}

function Details({ figure }: { figure: Figure }) {
  if (!figure.details) return null;
  const entrees = Object.entries(figure.details).filter(([, v]) => v !== null && v !== '');
  if (entrees.length === 0) return null;
  return (
    <span className="figure-details">
      {' '}
      ({entrees.map(([k, v]) => detail(k, v as string | number | boolean)).join(' ; ')})
    </span>
  );
}

function FigureParametre({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      {figure.provenance ? (
        <>
          {' '}
          <Provenance provenance={figure.provenance} />
        </>
      ) : null}
    </Ligne>
  );
}

function FigureSaisie({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      {' '}
      <span className="etiquette etiquette-saisie">{fr.explication.saisie}</span>
    </Ligne>
  );
}

/** A value the engine assumed because nothing was entered (e.g. achievement of an unfilled year). */
function FigureDefaut({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      {' '}
      <span className="etiquette etiquette-defaut">{fr.explication.defaut}</span>
    </Ligne>
  );
}

function FigureOperation({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      {' '}
      <span className="operation">{fr.explication.operations[figure.kind] ?? figure.kind}</span>
      <Details figure={figure} />
      <Termes figure={figure} />
    </Ligne>
  );
}

function FigureBareme({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      {' '}
      <span className="operation">{fr.explication.operations.bareme}</span>
      <Details figure={figure} />
      {figure.provenance ? (
        <>
          {' '}
          <Provenance provenance={figure.provenance} />
        </>
      ) : null}
      <Termes figure={figure} />
    </Ligne>
  );
}

function FigureInconnu({ figure }: { figure: Figure }) {
  return (
    <Ligne figure={figure}>
      <Details figure={figure} />
    </Ligne>
  );
}

const COMPOSANTS: Record<FigureKind, (p: { figure: Figure }) => ReactNode> = {
  parametre: FigureParametre,
  saisie: FigureSaisie,
  defaut: FigureDefaut,
  produit: FigureOperation,
  somme: FigureOperation,
  difference: FigureOperation,
  quotient: FigureOperation,
  minimum: FigureOperation,
  maximum: FigureOperation,
  plancher: FigureOperation,
  plafondEntier: FigureOperation,
  plafonnement: FigureOperation,
  arrondi: FigureOperation,
  bareme: FigureBareme,
  inconnu: FigureInconnu,
};

export function FigureVue({ figure }: { figure: Figure }) {
  const Composant = COMPOSANTS[figure.kind] ?? FigureInconnu;
  return <Composant figure={figure} />;
}
