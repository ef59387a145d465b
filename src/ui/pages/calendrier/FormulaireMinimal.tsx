/** Minimal form for a user who arrives without a simulation: signature date and assistant time. */
import { useId, useState, type FormEvent } from 'react';
import { estDateIso } from '../../../engine/saisie.ts';
import { frCal } from './messages.ts';

const OPTIONS = ['tiers', 'demi', 'plein'] as const;

export function FormulaireMinimal({
  dateInitiale,
  valider,
}: {
  dateInitiale: string;
  valider: (dateSignature: string, option: string) => void;
}) {
  const id = useId();
  const [date, setDate] = useState(dateInitiale);
  const [option, setOption] = useState<string>('demi');
  const [erreur, setErreur] = useState(false);
  const soumettre = (e: FormEvent) => {
    e.preventDefault();
    if (!estDateIso(date)) {
      setErreur(true);
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setErreur(false);
    valider(date, option);
  };
  return (
    <section aria-labelledby={`${id}-titre`} className="formulaire-calendrier">
      <h2 id={`${id}-titre`}>{frCal.formulaire.titre}</h2>
      <p>{frCal.formulaire.intro}</p>
      <form onSubmit={soumettre} noValidate>
        <div className="champ">
          <label htmlFor={`${id}-date`}>{frCal.formulaire.date}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={erreur || undefined}
            aria-describedby={erreur ? `${id}-erreur` : undefined}
          />
          {erreur ? (
            <p id={`${id}-erreur`} className="erreur">
              {frCal.formulaire.dateInvalide}
            </p>
          ) : null}
        </div>
        <fieldset className="groupe">
          <legend>{frCal.formulaire.option}</legend>
          <div className="options-calendrier">
            {OPTIONS.map((o) => (
              <label key={o}>
                <input
                  type="radio"
                  name={`${id}-option`}
                  value={o}
                  checked={option === o}
                  onChange={() => setOption(o)}
                />{' '}
                {frCal.formulaire.options[o]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit">{frCal.formulaire.valider}</button>
      </form>
    </section>
  );
}
