/** The verdict in plain French with every reason, grouped by what it does to the verdict. */
import type { NatureRaison, Resultat } from '../../engine/simulation.ts';
import { fr } from '../messages/fr-resultats.ts';

const ORDRE: readonly NatureRaison[] = [
  'ineligible',
  'incomplet',
  'a-confirmer',
  'condition',
  'information',
];

interface Props {
  resultat: Resultat;
  manquants: readonly { champ: string; libelle: string; etape: string | undefined }[];
  lien(etape: string): string;
  aller(etape: string): void;
}

export function Verdict({ resultat, manquants, lien, aller }: Props) {
  const { statut, raisons } = resultat.eligibilite;
  return (
    <section className={`verdict verdict-${statut}`} aria-labelledby="titre-verdict">
      <h3 id="titre-verdict">{fr.verdict.titre[statut]}</h3>
      <p>{fr.verdict.phrase[statut]}</p>
      <p>
        {resultat.regime
          ? fr.verdict.regime(fr.regimes[resultat.regime] ?? resultat.regime)
          : fr.verdict.aucunRegime}
      </p>
      {ORDRE.map((nature) => {
        const dela = raisons.filter((r) => r.nature === nature);
        if (dela.length === 0) return null;
        return (
          <div key={nature} className={`raisons raisons-${nature}`}>
            <h4>{fr.verdict.natures[nature]}</h4>
            <ul>
              {dela.map((r) => (
                <li key={`${r.code}-${r.message}`}>{r.message}</li>
              ))}
            </ul>
          </div>
        );
      })}
      {manquants.length > 0 ? (
        <div className="raisons">
          <h4>{fr.verdict.manquants}</h4>
          <ul>
            {manquants.map((m) => (
              <li key={m.champ}>
                {m.etape ? (
                  <a
                    href={lien(m.etape)}
                    onClick={(e) => {
                      e.preventDefault();
                      if (m.etape) aller(m.etape);
                    }}
                  >
                    {fr.verdict.completer(m.libelle)}
                  </a>
                ) : (
                  m.libelle
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
