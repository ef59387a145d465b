/**
 * The simulator's page frame: header (the project's name, title, disclaimer, links to the other
 * tools) and the main landmark that holds the wizard or the results. Part of the first load.
 */
import type { ReactNode } from 'react';
import { Avertissement } from '../../components/Avertissement.tsx';
import { frAccueil as fr } from '../../messages/fr-accueil.ts';

export function Cadre({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="entete">
        <p className="marque">{fr.independant}</p>
        <h1>{fr.titre}</h1>
        <p className="no-print">{fr.sousTitre}</p>
        <Avertissement />
        <nav aria-label={fr.pied.nav} className="no-print">
          <ul className="liens-pages">
            {fr.pied.liens.map(([href, texte]) => (
              <li key={href}>
                <a href={href}>{texte}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu">{children}</main>
    </>
  );
}
