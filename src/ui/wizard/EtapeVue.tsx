/** One step of the wizard: its heading (focused on arrival), its questions, back/next. */
import type { ReactNode, RefObject } from 'react';
import { fr } from '../messages/fr.ts';
import { frCollectif } from '../messages/fr-collectif.ts';
import { Champ, type PropsChamp } from './Champ.tsx';
import { Progression } from './Progression.tsx';

interface Props extends Omit<PropsChamp, 'cle'> {
  id: string;
  champs: readonly string[];
  numero: number;
  total: number;
  titreRef: RefObject<HTMLHeadingElement | null>;
  precedent: (() => void) | null;
  suivant(): void;
  libelleSuivant: string;
  /** Back to the results without walking the remaining steps. */
  versResultats: (() => void) | null;
  children?: ReactNode;
}

export function EtapeVue({
  id,
  champs,
  numero,
  total,
  titreRef,
  precedent,
  suivant,
  libelleSuivant,
  versResultats,
  children,
  ...props
}: Props) {
  return (
    <form
      className="etape"
      aria-labelledby={`titre-${id}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        suivant();
      }}
    >
      <Progression numero={numero} total={total} />
      <h2 id={`titre-${id}`} tabIndex={-1} ref={titreRef}>
        {fr.etapes[id] ?? frCollectif.etapes[id] ?? id}
      </h2>
      {champs.map((cle) => (
        <Champ key={cle} cle={cle} {...props} />
      ))}
      {children}
      <div className="navigation">
        {precedent ? (
          <button type="button" className="secondaire" onClick={precedent}>
            {fr.navigation.precedent}
          </button>
        ) : null}
        <button type="submit">{libelleSuivant}</button>
        {versResultats ? (
          <button type="button" className="secondaire" onClick={versResultats}>
            {fr.navigation.retourResultats}
          </button>
        ) : null}
      </div>
    </form>
  );
}
