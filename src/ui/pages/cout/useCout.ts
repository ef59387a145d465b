/** The net cost hook: the social model's entries computed in a worker, the last cost kept meanwhile. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { coutNetAssistant, type CotisationsCalculees, type CoutNet } from '../../../engine/cout.ts';
import { cleEntree } from '../../../social/modele-social.ts';
import { entreesNecessaires, modeleDepuisTable } from '../../../social/table.ts';
import type { simulerSansPanne } from '../../state/simulation.ts';
import type { Calculateur } from './calculateur.ts';
import type { lireSaisie } from './saisie-cout.ts';

/** The cost with the social model: computed off the main thread, the last one kept meanwhile. */
export function useCout(
  resultat: ReturnType<typeof simulerSansPanne>,
  options: ReturnType<typeof lireSaisie>['options'],
  calculateur: () => Calculateur,
) {
  const [table, setTable] = useState<ReadonlyMap<string, CotisationsCalculees>>(new Map());
  const [panne, setPanne] = useState(false);
  const calcul = useRef<Calculateur | null>(null);
  const sansModele = useMemo(
    () => (resultat ? coutNetAssistant(resultat, options) : null),
    [resultat, options],
  );
  const entrees = useMemo(
    () =>
      resultat && sansModele?.sansCout === 'sans-modele'
        ? entreesNecessaires(resultat, options)
        : [],
    [resultat, options, sansModele],
  );
  const manquantes = entrees.filter((e) => !table.has(cleEntree(e)));
  useEffect(() => {
    if (manquantes.length === 0) return;
    let actif = true;
    calcul.current ??= calculateur();
    calcul.current(manquantes).then(
      (resultats) => actif && setTable((t) => new Map([...t, ...resultats])),
      () => actif && setPanne(true),
    );
    return () => {
      actif = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entrees, table]);
  const modele = useMemo(() => modeleDepuisTable(table, entrees), [table, entrees]);
  const cout = useMemo(() => {
    if (!resultat || !sansModele) return null;
    if (sansModele.sansCout !== 'sans-modele') return sansModele;
    return modele ? coutNetAssistant(resultat, options, modele) : null;
  }, [resultat, options, sansModele, modele]);
  const [dernier, setDernier] = useState<CoutNet | null>(null);
  if (cout && cout !== dernier) setDernier(cout);
  return { cout: cout ?? dernier, enCalcul: cout === null && !panne, panne };
}
