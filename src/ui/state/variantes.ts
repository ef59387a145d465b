/**
 * "What would change the verdict": the engine is re-run on simple variants of the answers; a
 * variant is reported when the engine then says eligible (or, from ineligible, à confirmer).
 */
import type { Resultat } from '../../engine/simulation.ts';
import type { Situation } from '../../engine/saisie.ts';
import { fr } from '../messages/fr-resultats.ts';
import { frCollectifResultats } from '../messages/fr-collectif-resultats.ts';
import { optionsOuvertes } from './questions.ts';
import { variante } from './simulation.ts';

export interface Piste {
  cle: string;
  phrase: string;
  si: string;
  changements: Record<string, string>;
}

interface Candidat {
  cle: string;
  si: string;
  situation: Record<string, unknown>;
  reponses: Record<string, string>;
}

function candidats(s: Situation): Candidat[] {
  const liste: Candidat[] = [];
  const booleen = (
    cle: 'zoneSousDense' | 'exerciceRegroupe' | 'exerciceCoordonne' | 'nouvelInstalle',
    si: string,
  ) => {
    if ((s as Record<string, unknown>)[cle] !== true)
      liste.push({ cle, si, situation: { [cle]: true }, reponses: { [cle]: 'true' } });
  };
  if (s.structure === 'liberal') {
    if (s.secteur === '2' && s.optam !== true)
      liste.push({
        cle: 'optam',
        si: fr.variantes.si.optam,
        situation: { optam: true },
        reponses: { optam: 'true' },
      });
    if (s.secteur !== undefined && s.secteur !== '1')
      liste.push({
        cle: 'secteur',
        si: fr.variantes.si.secteur1,
        situation: { secteur: '1' },
        reponses: { secteur: '1' },
      });
    booleen('zoneSousDense', fr.variantes.si.zoneSousDense);
    booleen('exerciceRegroupe', fr.variantes.si.exerciceRegroupe);
    booleen('exerciceCoordonne', fr.variantes.si.exerciceCoordonne);
    // Under the activity floor, a newly installed doctor is exempt (issue 10: it was never said).
    booleen('nouvelInstalle', fr.variantes.si.nouvelInstalle);
    for (const option of optionsOuvertes(s)) {
      if (option === s.option) continue;
      const libelle = fr.optionsCourtes[option] ?? option;
      liste.push({
        cle: `option-${option}`,
        si: fr.variantes.si.option(libelle),
        situation: { option },
        reponses: { option },
      });
    }
  } else if (s.structure === 'collectif') {
    // A group whose SEL (or other company) cannot sign: the same group through an SCM.
    if (s.formeJuridique === 'sel' || s.formeJuridique === 'autre')
      liste.push({
        cle: 'formeJuridique',
        si: frCollectifResultats.variantes.scm,
        situation: { formeJuridique: 'scm' },
        reponses: { formeJuridique: 'scm' },
      });
  } else {
    booleen('zoneSousDense', fr.variantes.si.zoneSousDense);
  }
  return liste;
}

export function pistes(situation: Situation | null, resultat: Resultat | null): Piste[] {
  if (situation === null || resultat === null) return [];
  const statut = resultat.eligibilite.statut;
  if (statut !== 'ineligible' && statut !== 'a-confirmer') return [];
  const trouvees: Piste[] = [];
  for (const c of candidats(situation)) {
    const r = variante(situation, c.situation);
    const nouveau = r?.eligibilite.statut;
    if (nouveau === 'eligible')
      trouvees.push({
        cle: c.cle,
        phrase: fr.variantes.eligible(c.si),
        si: c.si,
        changements: c.reponses,
      });
    else if (statut === 'ineligible' && nouveau === 'a-confirmer')
      trouvees.push({
        cle: c.cle,
        phrase: fr.variantes.aConfirmer(c.si),
        si: c.si,
        changements: c.reponses,
      });
  }
  return trouvees;
}
