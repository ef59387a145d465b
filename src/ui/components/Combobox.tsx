/**
 * A searchable list following the WAI-ARIA combobox pattern (list autocomplete, manual
 * selection): the input keeps focus, aria-activedescendant points at the highlighted option;
 * ArrowDown/ArrowUp move, Enter chooses, Escape closes (then clears), Home/End stay in the text.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ErreurChamp } from '../../engine/saisie.ts';
import { decritPar } from './ids.ts';
import { MessageErreur } from './MessageErreur.tsx';

export interface OptionCombobox {
  valeur: string;
  libelle: string;
}

interface Props {
  id: string;
  label: string;
  aide?: string | undefined;
  options: readonly OptionCombobox[];
  valeur: string;
  erreurs: readonly ErreurChamp[];
  messageAucune: string;
  messageNombre(n: number): string;
  /** Values to propose for a query the labels do not hold (synonyms, typos). */
  suggerer?: (requete: string) => readonly string[];
  onChange(valeur: string): void;
}

const normaliser = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Below this length a query is still being typed: no fuzzy suggestion yet. */
const SUGGESTION_DES = 4;

/**
 * Options whose label or value holds every word typed (accents and case ignored), then the ones
 * `suggerer` proposes for the whole query (synonyms such as « généraliste », close typos).
 */
export function filtrer(
  options: readonly OptionCombobox[],
  requete: string,
  suggerer?: (requete: string) => readonly string[],
): OptionCombobox[] {
  const mots = normaliser(requete)
    .split(/[\s'’-]+/)
    .filter(Boolean);
  if (mots.length === 0) return [...options];
  const trouvees = options.filter((o) => {
    const cible = `${normaliser(o.libelle)} ${o.valeur}`;
    return mots.every((m) => cible.includes(m));
  });
  if (!suggerer || requete.trim().length < SUGGESTION_DES) return trouvees;
  const suggerees = suggerer(requete)
    .map((v) => options.find((o) => o.valeur === v))
    .filter((o): o is OptionCombobox => o !== undefined && !trouvees.includes(o));
  return [...trouvees, ...suggerees];
}

export function Combobox({
  id,
  label,
  aide,
  options,
  valeur,
  erreurs,
  messageAucune,
  messageNombre,
  suggerer,
  onChange,
}: Props) {
  const choisie = options.find((o) => o.valeur === valeur);
  const [texte, setTexte] = useState<string | null>(null);
  const [ouvert, setOuvert] = useState(false);
  const [actif, setActif] = useState(-1);
  const liste = `${useId()}-liste`;
  const requete = texte ?? choisie?.libelle ?? valeur;
  const resultats = useMemo(
    () => filtrer(options, texte ?? '', suggerer),
    [options, texte, suggerer],
  );
  const enErreur = erreurs.length > 0;
  const idOption = (i: number) => `${id}-option-${i}`;

  const choisir = (o: OptionCombobox) => {
    onChange(o.valeur);
    setTexte(null);
    setOuvert(false);
    setActif(-1);
  };

  const clavier = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!ouvert) setOuvert(true);
      const n = resultats.length;
      if (n === 0) return;
      if (e.key === 'ArrowDown') setActif((a) => (a + 1) % n);
      else setActif((a) => (a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      const o = resultats[actif] ?? (resultats.length === 1 ? resultats[0] : undefined);
      if (ouvert && o) {
        e.preventDefault();
        choisir(o);
      }
    } else if (e.key === 'Escape') {
      if (ouvert) {
        e.preventDefault();
        setOuvert(false);
        setActif(-1);
      } else if (texte !== null) {
        setTexte(null);
      }
    }
  };

  return (
    <div className="champ combobox">
      <label htmlFor={id}>{label}</label>
      {aide ? (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={ouvert}
        aria-controls={liste}
        aria-activedescendant={ouvert && actif >= 0 ? idOption(actif) : undefined}
        aria-invalid={enErreur || undefined}
        aria-describedby={decritPar(id, Boolean(aide), enErreur)}
        value={requete}
        onChange={(e) => {
          setTexte(e.target.value);
          setOuvert(true);
          setActif(-1);
        }}
        onClick={() => setOuvert(true)}
        onKeyDown={clavier}
        onBlur={() => {
          setOuvert(false);
          setActif(-1);
          setTexte(null);
        }}
      />
      <ul id={liste} role="listbox" aria-label={label} hidden={!ouvert} className="combobox-liste">
        {resultats.map((o, i) => (
          <li
            key={o.valeur}
            id={idOption(i)}
            role="option"
            aria-selected={i === actif}
            className={i === actif ? 'actif' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choisir(o)}
          >
            {o.libelle}
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status">
        {ouvert && texte !== null
          ? resultats.length === 0
            ? messageAucune
            : messageNombre(resultats.length)
          : ''}
      </p>
      <MessageErreur id={id} erreurs={erreurs} />
    </div>
  );
}
