/**
 * The first step (« Votre structure ») as the first load shows it, before the wizard is loaded: the
 * same form, progress, heading, radio group, error and address as the wizard's own first step
 * (wizard/EtapeVue.tsx; tests/ui/premiere-etape.test.tsx compares both pages). « Suivant » with a
 * structure chosen hands over to the wizard, which goes on to the next step.
 */
import { useEffect, useState } from 'react';
import { GroupeRadio } from '../../components/GroupeRadio.tsx';
import { idChamp } from '../../components/ids.ts';
import { frAccueil as fr } from '../../messages/fr-accueil.ts';
import { parcours } from './parcours.ts';
import { adressePremiereEtape, type StructureChoisie } from './premiere-etape.ts';

const ID = idChamp('structure');
const CHOIX = Object.entries({ ...fr.structure.choix, collectif: fr.collectif.structure });
const DESCRIPTIONS = { collectif: fr.collectif.descriptionStructure };
/** No answer but the structure is known yet: every question may matter. */
const toutesUtiles = () => true;

interface Props {
  structureInitiale: StructureChoisie | undefined;
  /** Today, the default signature date, written in the address like the wizard does. */
  date: string;
  /** « Suivant » with a structure chosen: the address holds it, the wizard takes over. */
  avancer(): void;
}

export function PremiereEtape({ structureInitiale, date, avancer }: Props) {
  const [structure, setStructure] = useState(structureInitiale);
  /** « Suivant » was pressed without a structure: the required-answer message is shown. */
  const [tente, setTente] = useState(false);
  const reponses: Record<string, string> = structure
    ? { structure, dateSignature: date }
    : { dateSignature: date };
  const { total } = parcours({ reponses, structure, utile: toutesUtiles }, 'structure');
  const adresse = `${window.location.pathname}${adressePremiereEtape(structure, date)}`;

  useEffect(() => {
    document.title = fr.titreDocument.etape(1, total, fr.etapeStructure);
  }, [total]);
  useEffect(() => {
    window.history.replaceState(null, '', adresse);
  }, [adresse]);

  const erreurs =
    tente && !structure
      ? [{ champ: 'structure', message: fr.obligatoire(fr.structure.label) }]
      : [];
  return (
    <>
      <div role="status"></div>
      <form
        className="etape"
        aria-labelledby="titre-structure"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (structure) {
            window.history.replaceState(null, '', adresse);
            avancer();
          } else {
            setTente(true);
            document.getElementById(ID)?.focus();
          }
        }}
      >
        <div className="progression">
          <p id="progression-texte">{fr.progression(1, total)}</p>
          <progress value={1} max={total} aria-labelledby="progression-texte" />
        </div>
        <h2 id="titre-structure" tabIndex={-1}>
          {fr.etapeStructure}
        </h2>
        <GroupeRadio
          id={ID}
          legende={fr.structure.label}
          choix={CHOIX}
          valeur={structure ?? ''}
          descriptions={DESCRIPTIONS}
          erreurs={erreurs}
          onChange={(v) => setStructure(v as StructureChoisie)}
        />
        <div className="navigation">
          <button type="submit">{fr.suivant}</button>
        </div>
      </form>
    </>
  );
}
