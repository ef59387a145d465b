/**
 * Side-by-side totals of the choices the regime offers: one engine run per option (or per ETP for
 * centres); for a doctor who does not know his band, one total per group of bands (PlanBandes).
 */
import type { Bande, OptionId, Situation } from '../../engine/saisie.ts';
import type { Resultat } from '../../engine/simulation.ts';
import { nombre } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';
import { optionsOuvertes } from '../state/questions.ts';
import { variante } from '../state/simulation.ts';
import { montantLisible } from './montant.ts';
import { libelleGroupe } from './PlanBandes.tsx';

const ETP_CENTRE = [0.5, 1, 1.5, 2, 3, 4];

interface Ligne {
  cle: string;
  libelle: string;
  retenu?: string;
  resultat: Resultat | null;
  /** One result per group of bands, when the band is unknown. */
  parBande: (Resultat | null)[];
  actuelle: boolean;
  changements: Record<string, string>;
}

function lignes(situation: Situation, bandes: readonly (readonly Bande[])[]): Ligne[] {
  if (situation.structure === 'liberal') {
    return optionsOuvertes(situation).map((option: OptionId) => ({
      cle: option,
      libelle: fr.optionsCourtes[option] ?? option,
      resultat: variante(situation, { option, ...(bandes[0] ? { bande: bandes[0][0] } : {}) }),
      parBande: bandes.map((groupe) => variante(situation, { option, bande: groupe[0] })),
      actuelle: option === situation.option,
      changements: { option },
    }));
  }
  return ETP_CENTRE.map((etp) => {
    const resultat = variante(situation, { assistants: [{ anneeDebut: 1, etp }] });
    const retenu = resultat?.annees.find((a) => a.portions && a.portions.length > 0)?.portions?.[0]
      ?.etp;
    const actuels = situation.structure === 'centre' ? (situation.assistants ?? []) : [];
    return {
      cle: String(etp),
      libelle: `${nombre(etp)} ETP`,
      retenu: retenu === undefined ? '—' : `${nombre(retenu)} ETP`,
      resultat,
      parBande: [],
      actuelle: actuels.length === 1 && actuels[0]?.anneeDebut === 1 && actuels[0]?.etp === etp,
      changements: { assistants: `1:${etp}` },
    };
  });
}

export function Comparaison({
  situation,
  annees,
  bandes = [],
  appliquer,
}: {
  situation: Situation;
  annees: number;
  /** Groups of bands paying the same amounts, when the doctor does not know his band. */
  bandes?: readonly (readonly Bande[])[];
  appliquer(c: Record<string, string>): void;
}) {
  const centre = situation.structure === 'centre';
  const liste = lignes(situation, bandes);
  if (liste.length < 2) return null;
  const colonnes = centre
    ? fr.comparaison.colonnesCentre
    : bandes.length > 0
      ? [...fr.comparaison.colonnes.slice(0, -1), ...bandes.map((g) => libelleGroupe(g))]
      : fr.comparaison.colonnes;
  return (
    <section className="comparaison no-print" aria-labelledby="titre-comparaison">
      <h3 id="titre-comparaison">{fr.comparaison.titre}</h3>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-comparaison">
        <table>
          <caption id="caption-comparaison">{fr.comparaison.caption(annees)}</caption>
          <thead>
            <tr>
              {colonnes.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {liste.map((l) => (
              <tr key={l.cle} className={l.actuelle ? 'actuelle' : undefined}>
                <th scope="row">
                  {l.libelle} {l.actuelle ? fr.comparaison.actuelle : null}
                  {!l.actuelle ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="lien"
                        onClick={() => appliquer(l.changements)}
                      >
                        {fr.comparaison.choisir(l.libelle)}
                      </button>
                    </>
                  ) : null}
                </th>
                {centre ? <td>{l.retenu}</td> : null}
                <td>{l.resultat ? fr.verdict.titre[l.resultat.eligibilite.statut] : '—'}</td>
                {(l.parBande.length > 0 ? l.parBande : [l.resultat]).map((r, i) => (
                  <td key={i} className="nombre">
                    {r ? montantLisible(r.total, r.eligibilite.statut) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
