/** Import a case file (JSON): validated with the schema, then saved beside the others. */
import { useState, type ChangeEvent } from 'react';
import { lireDossierJson, type Dossier } from '../../persistance/schema.ts';
import { frPageDossiers } from './messages.ts';

const T = frPageDossiers.import;

export function Import({
  importer,
}: {
  importer(dossier: Dossier, ecartees: readonly string[]): string | null;
}) {
  const [erreur, setErreur] = useState('');
  const choisir = async (e: ChangeEvent<HTMLInputElement>) => {
    const champ = e.target;
    const fichier = champ.files?.[0];
    if (!fichier) return;
    let texte: string;
    try {
      texte = await fichier.text();
    } catch {
      setErreur(T.erreur(T.lecture));
      return;
    }
    const lu = lireDossierJson(texte);
    const probleme = lu.ok ? importer(lu.valeur, lu.ecartees) : lu.erreur;
    setErreur(probleme === null ? '' : T.erreur(probleme));
    champ.value = '';
  };
  return (
    <section aria-labelledby="titre-import">
      <h2 id="titre-import">{T.titre}</h2>
      <div className="champ">
        <label htmlFor="fichier-dossier">{T.champ}</label>
        <p id="aide-fichier-dossier" className="aide">
          {T.aide}
        </p>
        <input
          id="fichier-dossier"
          type="file"
          accept=".json,application/json"
          aria-describedby="aide-fichier-dossier"
          aria-invalid={erreur ? true : undefined}
          onChange={(e) => void choisir(e)}
        />
      </div>
      <p role="alert" className={erreur ? 'erreur' : undefined}>
        {erreur}
      </p>
    </section>
  );
}
