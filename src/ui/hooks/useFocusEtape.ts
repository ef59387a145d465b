/**
 * Focus when the step changes: the new step's heading (or the field an error link points to) takes
 * the focus, never on the first render (a reload or a link keeps the browser's own start). Content
 * that appears after a wait (the lazy results, a step awaiting the engine) takes the focus it was
 * owed once shown.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export interface FocusEtape {
  /** The heading of the step or of the results: it takes the focus on arrival. */
  titreRef: RefObject<HTMLHeadingElement | null>;
  /** Called by content shown after a wait: it takes the pending focus, if any. */
  contenuAffiche(): void;
  /** After the next step change, focus goes to this element id rather than to the heading. */
  focaliserApres(id: string): void;
}

export function useFocusEtape(etape: string, enAttente: boolean): FocusEtape {
  const titreRef = useRef<HTMLHeadingElement>(null);
  const premierRendu = useRef(true);
  const focusEnAttente = useRef(false);
  const champAFocaliser = useRef<string | null>(null);

  useEffect(() => {
    if (premierRendu.current) {
      premierRendu.current = false;
      return;
    }
    const champ = champAFocaliser.current;
    champAFocaliser.current = null;
    const cible = champ ? document.getElementById(champ) : null;
    if (cible) cible.focus();
    else if (titreRef.current) titreRef.current.focus();
    else focusEnAttente.current = true;
  }, [etape]);

  const contenuAffiche = useCallback(() => {
    if (!focusEnAttente.current) return;
    focusEnAttente.current = false;
    titreRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!enAttente) contenuAffiche();
  }, [enAttente, contenuAffiche]);

  const focaliserApres = useCallback((id: string) => {
    champAFocaliser.current = id;
  }, []);
  return { titreRef, contenuAffiche, focaliserApres };
}
