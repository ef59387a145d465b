/** The answers given so far, each with a "Modifier" link to its step. */
import { SPECIALITES } from '../../engine/saisie.ts';
import { dateLongue, lireNombre, nombre, pourcent } from '../format.ts';
import { fr } from '../messages/fr.ts';
import { lireAssistants, type Reponses, type Structure } from '../state/champs.ts';
import { texteChamp } from './Champ.tsx';

interface Props {
  lignes: readonly { cle: string; etape: string }[];
  reponses: Reponses;
  structure: Structure | undefined;
  lien(etape: string): string;
  aller(etape: string): void;
}

function valeurLisible(
  cle: string,
  valeur: string | undefined,
  structure: Structure | undefined,
): string {
  if (valeur === undefined || valeur === '') return fr.recap.vide;
  const { choix } = texteChamp(cle, structure);
  if (choix[valeur] !== undefined) return choix[valeur];
  if (cle === 'specialite') return SPECIALITES.find((s) => s.slug === valeur)?.libelle ?? valeur;
  if (cle === 'dateSignature') return dateLongue(valeur);
  if (cle === 'partHonorairesCliniques')
    return Number.isNaN(lireNombre(valeur)) ? valeur : pourcent(lireNombre(valeur));
  if (cle === 'assistants')
    return lireAssistants(valeur)
      .map((l) => fr.assistants.resume(l.anneeDebut, l.etp))
      .join(' ; ');
  const n = lireNombre(valeur);
  return Number.isNaN(n) ? valeur : nombre(n);
}

export function Recapitulatif({ lignes, reponses, structure, lien, aller }: Props) {
  return (
    <dl className="recapitulatif">
      {lignes.map(({ cle, etape }) => {
        const { label } = texteChamp(cle, structure);
        return (
          <div key={cle} className={reponses[cle] ? 'recap-ligne' : 'recap-ligne vide'}>
            <dt>{label}</dt>
            <dd>
              <span>{valeurLisible(cle, reponses[cle], structure)}</span>{' '}
              <a
                href={lien(etape)}
                className="modifier"
                aria-label={fr.navigation.modifierChamp(label)}
                onClick={(e) => {
                  e.preventDefault();
                  aller(etape);
                }}
              >
                {fr.navigation.modifier}
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
