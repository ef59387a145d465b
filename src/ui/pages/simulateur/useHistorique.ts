/**
 * The URL mirrors the answers: replaceState on each answer, pushState on each step so that the back
 * button walks the steps; going back (or forward) restores the state the address holds.
 */
import { useEffect, useRef, type ActionDispatch } from 'react';
import type { Action, Etat } from '../../state/reducer.ts';
import { ecrireUrl } from '../../state/url.ts';
import { depuisUrl } from './depart.ts';

export function useHistorique(
  etat: Etat,
  dispatch: ActionDispatch<[Action]>,
  direNotice: (notice: string) => void,
): void {
  const etapePrecedente = useRef(etat.etape);

  useEffect(() => {
    const url = `${window.location.pathname}${ecrireUrl(etat.reponses, etat.etape)}`;
    if (etapePrecedente.current !== etat.etape) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    etapePrecedente.current = etat.etape;
  }, [etat.reponses, etat.etape]);

  useEffect(() => {
    const retour = () => {
      const d = depuisUrl(window.location.search);
      etapePrecedente.current = d.etat.etape;
      dispatch({ type: 'restaurer', etat: d.etat });
      if (d.notice) direNotice(d.notice);
    };
    window.addEventListener('popstate', retour);
    return () => window.removeEventListener('popstate', retour);
  }, [dispatch, direNotice]);
}
