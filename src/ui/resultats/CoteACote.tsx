/**
 * "Un contrat collectif ou des contrats individuels ?" (RULES.md §7 bis.3): for the same group, the
 * collective contract next to the sum of individual convention-2024 contracts (½ or 1 ETP each, a
 * radio to switch), year by year, with totals, the difference, the objectives each implies and the
 * comparison's assumptions, as the engine computes them. Printed with the results (the radio is not:
 * the chosen option is said in the text and the table's caption).
 */
import { useMemo, useState } from 'react';
import type { OptionIndividuelle } from '../../engine/simulation.ts';
import type { Situation } from '../../engine/saisie.ts';
import { GroupeRadio } from '../components/GroupeRadio.tsx';
import { euros, nombre } from '../format.ts';
import { frCollectifResultats } from '../messages/fr-collectif-resultats.ts';
import { fr } from '../messages/fr-resultats.ts';
import { comparerSansPanne } from './comparaison-collectif.ts';
import './cote-a-cote.css';

const t = frCollectifResultats.coteACote;

const montant = (m: number | null): string => (m === null ? t.inconnu : euros(m));
/** A difference with its sign (the amount formatter writes a minus sign itself). */
const ecart = (m: number | null): string =>
  m === null ? t.inconnu : m > 0 ? `+${euros(m)}` : euros(m);

function objectif(mt: number | null, fa: number | null): string {
  return mt === null || fa === null ? t.cpam : t.patients(nombre(mt), nombre(fa));
}

export function CoteACote({ situation }: { situation: Situation }) {
  const [choix, setChoix] = useState<OptionIndividuelle | undefined>(undefined);
  const c = useMemo(() => comparerSansPanne(situation, choix), [situation, choix]);
  return (
    <section className="cote-a-cote" aria-labelledby="titre-cote-a-cote">
      <h3 id="titre-cote-a-cote">{t.titre}</h3>
      <p role="note" className="notice non-officiel">
        {frCollectifResultats.nonOfficiel}
      </p>
      {c === null ? <p>{t.impossible}</p> : <Tableau c={c} changer={(o) => setChoix(o)} />}
    </section>
  );
}

function Tableau({
  c,
  changer,
}: {
  c: NonNullable<ReturnType<typeof comparerSansPanne>>;
  changer(o: OptionIndividuelle): void;
}) {
  const medecins = nombre(c.medecins);
  const option = t.optionsCourtes[c.optionIndividuelle] ?? c.optionIndividuelle;
  const n = c.annees.length;
  const { collectif: totalCollectif, individuels: totalIndividuels, ecart: totalEcart } = c.totaux;
  const statutIndividuel = c.individuel.eligibilite.statut;
  return (
    <>
      <p>
        {t.intro(
          medecins,
          c.etpCollectif === null ? t.inconnu : nombre(c.etpCollectif),
          nombre(c.etpIndividuels),
          option,
        )}
      </p>
      <div className="no-print">
        <GroupeRadio
          id="option-individuelle"
          legende={t.option}
          choix={Object.entries(t.options)}
          valeur={c.optionIndividuelle}
          erreurs={[]}
          onChange={(v) => changer(v as OptionIndividuelle)}
        />
      </div>
      <div className="defilement" tabIndex={0} role="region" aria-labelledby="caption-cote-a-cote">
        <table className="cote-a-cote-table">
          <caption id="caption-cote-a-cote">{t.caption(n, medecins, option)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colonnes.annee}</th>
              <th scope="col">{t.colonnes.collectif}</th>
              <th scope="col">{t.colonnes.individuels(medecins)}</th>
              <th scope="col">{t.colonnes.parMedecin}</th>
              <th scope="col">{t.colonnes.ecart}</th>
            </tr>
          </thead>
          <tbody>
            {c.annees.map((a) => (
              <tr key={a.annee}>
                <th scope="row">{t.annee(a.annee)}</th>
                <td className="nombre">{montant(a.collectif)}</td>
                <td className="nombre">{montant(a.individuels)}</td>
                <td className="nombre">{montant(a.parMedecin)}</td>
                <td className="nombre">{ecart(a.ecart)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <td className="nombre">
                <strong>{montant(totalCollectif)}</strong>
              </td>
              <td className="nombre">
                <strong>{montant(totalIndividuels)}</strong>
              </td>
              <td className="nombre">{montant(c.individuel.total)}</td>
              <td className="nombre">
                <strong>{ecart(totalEcart)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {totalCollectif !== null && totalIndividuels !== null && totalEcart !== null ? (
        <p>
          {t.bilan(n, euros(totalCollectif), euros(totalIndividuels))}{' '}
          {totalEcart > 0
            ? t.plusCollectif(euros(totalEcart))
            : totalEcart < 0
              ? t.plusIndividuels(euros(-totalEcart))
              : t.egalite}
        </p>
      ) : null}
      <h4>{t.objectifs}</h4>
      <dl className="objectifs-cote-a-cote">
        <div>
          <dt>{t.objectifCollectif}</dt>
          <dd>{objectif(c.collectif.objectif.mt, c.collectif.objectif.fileActive)}</dd>
        </div>
        <div>
          <dt>{t.objectifIndividuel}</dt>
          <dd>
            {objectif(c.individuel.objectif.mt, c.individuel.objectif.fileActive)}
            {statutIndividuel !== 'eligible' ? ` (${fr.verdict.titre[statutIndividuel]})` : null}
          </dd>
        </div>
      </dl>
      <h4>{t.hypotheses}</h4>
      <ul>
        {c.hypotheses.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
    </>
  );
}
