/**
 * What the printed summary must state so that nobody takes it for the CPAM's word (issue 10): the
 * date, the rules version and when its values were checked, and every assumption the amounts rest
 * on (achievement per contract year and where it comes from, the percentile band and its origin).
 * Printed only: on screen the results show the same assumptions in their own fields.
 */
import type { Resultat } from '../../engine/simulation.ts';
import { dateLongue, pourcent } from '../format.ts';
import { aujourdhui } from '../horloge.ts';
import { fr } from '../messages/fr-resultats.ts';
import type { Reponses } from '../state/champs.ts';

export function MentionsImpression({
  versionRegles,
  verifieLe,
}: {
  versionRegles: string;
  verifieLe: string;
}) {
  return (
    <p className="impression-seulement">
      {fr.impression.date(dateLongue(aujourdhui()))}.{' '}
      {fr.impression.version(versionRegles, dateLongue(verifieLe))}.
    </p>
  );
}

type OrigineAtteinte = keyof typeof fr.impression.origineAtteinte;

function origineAtteinte(reponses: Reponses, index: number): OrigineAtteinte {
  const item = (cle: string) => (reponses[cle] ?? '').split(';')[index]?.trim() ?? '';
  if (item('realise.mt') !== '' || item('realise.fileActive') !== '') return 'realise';
  return item('atteinte') !== '' ? 'saisie' : 'defaut';
}

function texteAtteinte(annee: Resultat['annees'][number], reponses: Reponses): string {
  if (annee.atteinte !== null) {
    const origine = fr.impression.origineAtteinte[origineAtteinte(reponses, annee.annee - 1)];
    return fr.impression.taux(pourcent(annee.atteinte), origine);
  }
  return annee.montant === null ? fr.impression.nonCalcule : fr.impression.integral;
}

export function Hypotheses({ resultat, reponses }: { resultat: Resultat; reponses: Reponses }) {
  const { bande, regime } = resultat;
  return (
    <section className="hypotheses impression-seulement" aria-labelledby="titre-hypotheses">
      <h3 id="titre-hypotheses">{fr.impression.hypotheses}</h3>
      {regime !== null ? <p>{fr.impression.regles(fr.regimes[regime] ?? regime)}</p> : null}
      {bande !== null ? (
        <p>
          {fr.impression.bande(
            bande.valeur === null
              ? (fr.impression.origineBande.inconnue ?? '')
              : `${fr.impression.bandes[bande.valeur] ?? bande.valeur}, ${fr.impression.origineBande[bande.origine] ?? ''}`,
          )}
        </p>
      ) : null}
      {resultat.annees.length > 0 ? (
        <>
          <p>{fr.impression.atteinte}</p>
          <ul>
            {resultat.annees.map((a) => (
              <li key={a.annee}>
                {fr.impression.anneeAtteinte(a.annee, texteAtteinte(a, reponses))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
