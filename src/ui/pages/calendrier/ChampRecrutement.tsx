/**
 * The optional recruitment date. A date input that holds a partial date reports an empty value
 * with `validity.badInput`: that case, and a complete but impossible date, get a French message
 * tied to the field (aria-invalid, aria-describedby), shown once the user leaves the field and
 * cleared as soon as the value is a date again (no message flashing while the year is typed).
 */
import { useState, type ChangeEvent, type FocusEvent } from 'react';
import { estDateIso } from '../../../engine/saisie.ts';
import { frCal } from './messages.ts';

type Probleme = 'incomplete' | 'invalide' | null;

const partielle = (champ: HTMLInputElement): boolean =>
  champ.value === '' && champ.validity.badInput;

export function ChampRecrutement({
  id,
  valeur,
  changer,
}: {
  id: string;
  valeur: string;
  /** `lisible` is false for a partial date: the browser does not give its text. */
  changer: (valeur: string, lisible: boolean) => void;
}) {
  const [incomplete, setIncomplete] = useState(false);
  const [verifie, setVerifie] = useState(false);
  const probleme: Probleme = incomplete
    ? 'incomplete'
    : valeur !== '' && !estDateIso(valeur)
      ? 'invalide'
      : null;
  const erreur = verifie && probleme !== null ? frCal.recrutement[probleme] : null;

  const surChange = (e: ChangeEvent<HTMLInputElement>) => {
    const champ = e.currentTarget;
    const enCours = partielle(champ);
    setIncomplete(enCours);
    if (!enCours && (champ.value === '' || estDateIso(champ.value))) setVerifie(false);
    changer(champ.value, !enCours);
  };
  const surSortie = (e: FocusEvent<HTMLInputElement>) => {
    setIncomplete(partielle(e.currentTarget));
    setVerifie(true);
  };

  return (
    <div className="champ no-print">
      <label htmlFor={`${id}-recrutement`}>{frCal.recrutement.label}</label>
      <p className="aide" id={`${id}-recrutement-aide`}>
        {frCal.recrutement.aide}
      </p>
      <input
        id={`${id}-recrutement`}
        type="date"
        value={valeur}
        aria-invalid={erreur ? true : undefined}
        aria-describedby={
          erreur ? `${id}-recrutement-aide ${id}-recrutement-erreur` : `${id}-recrutement-aide`
        }
        onChange={surChange}
        onBlur={surSortie}
      />
      {erreur ? (
        <p id={`${id}-recrutement-erreur`} className="erreur">
          {erreur}
        </p>
      ) : null}
    </div>
  );
}
