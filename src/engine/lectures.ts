/**
 * What the rules read (issue 14): a view of a situation that records each field the rules
 * consult, by its public dotted name (`dateSignature`, `patientele.mtAdultes`, `objectif.mt`),
 * and which of those were absent. Lists (`assistants`, `atteinte`, `realise`) are one field: their
 * items are not followed. Pure: the journal belongs to the caller, the situation is not changed.
 */

export interface Journal {
  /** Fields read, in the order of their first reading. */
  lus: Set<string>;
  /** Fields read while absent (a subset of `lus`). */
  manquants: Set<string>;
}

export function journal(): Journal {
  return { lus: new Set(), manquants: new Set() };
}

function noter(j: Journal, chemin: string, absent: boolean): void {
  j.lus.add(chemin);
  if (absent) j.manquants.add(chemin);
}

/**
 * The situation seen through a recorder: reading `s.a.b` notes `a` and `a.b`. Enumerating keys
 * (a spread, `Object.keys`) notes every key present, so a copy reads everything it copies.
 */
export function enregistree<T extends object>(objet: T, j: Journal, prefixe = ''): T {
  return new Proxy(objet, {
    get(cible, cle, recepteur) {
      const valeur: unknown = Reflect.get(cible, cle, recepteur);
      if (typeof cle !== 'string') return valeur;
      const chemin = prefixe + cle;
      noter(j, chemin, valeur === undefined);
      return typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur)
        ? enregistree(valeur, j, `${chemin}.`)
        : valeur;
    },
    has(cible, cle) {
      const present = Reflect.has(cible, cle);
      if (typeof cle === 'string') noter(j, prefixe + cle, !present);
      return present;
    },
    ownKeys(cible) {
      const cles = Reflect.ownKeys(cible);
      for (const cle of cles) if (typeof cle === 'string') noter(j, prefixe + cle, false);
      return cles;
    },
  });
}
