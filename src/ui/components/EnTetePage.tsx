/**
 * Header shared by the pages of the site: the simulator's own name (never the Assurance Maladie's
 * brand), title, optional introduction, the disclaimer, links to other pages.
 */
import { frAccueil as fr } from '../messages/fr-accueil.ts';
import { Avertissement } from './Avertissement.tsx';

export interface LienPage {
  href: string;
  texte: string;
}

interface Props {
  titre: string;
  intro?: string;
  /** Accessible name of the navigation landmark. */
  navigation: string;
  liens: readonly LienPage[];
}

export function EnTetePage({ titre, intro, navigation, liens }: Props) {
  return (
    <header className="entete">
      <p className="marque">{fr.marque}</p>
      <h1>{titre}</h1>
      {intro ? <p>{intro}</p> : null}
      <Avertissement />
      <nav aria-label={navigation} className="no-print">
        <ul className="liens-pages">
          {liens.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.texte}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
