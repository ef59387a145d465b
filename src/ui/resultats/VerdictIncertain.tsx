/**
 * The verdict while a question that changes it is unanswered ("je ne sais pas" or skipped): never
 * "pas éligible", but the questions to answer, each with a link to its step, and what each answer
 * would give when a single one is open.
 */
import type { Resultat } from '../../engine/simulation.ts';
import { euros } from '../format.ts';
import { frInconnues } from '../messages/fr-inconnues.ts';
import { fr } from '../messages/fr-resultats.ts';
import type { Incertitudes } from '../state/incertitudes.ts';

interface Champ {
  champ: string;
  libelle: string;
  etape: string | undefined;
}

interface Props {
  incertitudes: Incertitudes;
  annees: number;
  /** Other answers the engine says are missing. */
  manquants: readonly Champ[];
  decrireChamp(champ: string): Champ;
  lien(etape: string): string;
  aller(etape: string): void;
}

function issue(r: Resultat, annees: number): string {
  const t = frInconnues.verdict;
  const titre = fr.verdict.titre[r.eligibilite.statut];
  const premiere = r.annees[0]?.montant;
  if (r.eligibilite.statut === 'ineligible') {
    const pourquoi = r.eligibilite.raisons.filter((x) => x.nature === 'ineligible');
    return [t.issueSansMontant(titre), ...pourquoi.map((x) => x.message)].join(' ');
  }
  if (typeof premiere !== 'number' || r.total === null) return t.issueSansMontant(titre);
  return t.issue(titre, euros(premiere), euros(r.total), annees);
}

function Lien({
  m,
  texte,
  lien,
  aller,
}: { m: Champ; texte: string } & Pick<Props, 'lien' | 'aller'>) {
  if (!m.etape) return <>{m.libelle}</>;
  const etape = m.etape;
  return (
    <a
      href={lien(etape)}
      onClick={(e) => {
        e.preventDefault();
        aller(etape);
      }}
    >
      {texte}
    </a>
  );
}

export function VerdictIncertain({
  incertitudes,
  annees,
  manquants,
  decrireChamp,
  lien,
  aller,
}: Props) {
  const t = frInconnues.verdict;
  const { decisives, siOuiSiNon, fourchette } = incertitudes;
  const n = decisives.length + manquants.length;
  return (
    <section className="verdict verdict-incomplet" aria-labelledby="titre-verdict">
      <h3 id="titre-verdict">{t.titre(n)}</h3>
      <p>{t.phrase(decisives.length)}</p>
      <div className="raisons">
        <h4>{t.questions}</h4>
        <ul>
          {decisives.map((cle) => {
            const m = decrireChamp(cle);
            const cas = siOuiSiNon?.cle === cle ? siOuiSiNon : null;
            return (
              <li key={cle}>
                <Lien m={m} texte={t.repondre(m.libelle)} lien={lien} aller={aller} />
                {cas ? (
                  <ul className="si-oui-si-non">
                    <li>
                      <strong>{t.siOui}</strong> {issue(cas.oui, annees)}
                    </li>
                    <li>
                      <strong>{t.siNon}</strong> {issue(cas.non, annees)}
                    </li>
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
      {manquants.length > 0 ? (
        <div className="raisons">
          <h4>{t.autres}</h4>
          <ul>
            {manquants.map((m) => (
              <li key={m.champ}>
                <Lien m={m} texte={fr.verdict.completer(m.libelle)} lien={lien} aller={aller} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {fourchette ? (
        <p>{t.fourchette(euros(fourchette.min), euros(fourchette.max), annees)}</p>
      ) : null}
      <p>{t.cpam}</p>
    </section>
  );
}
