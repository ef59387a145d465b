/**
 * Around a part loaded on demand (the results screen): if its file cannot be loaded (network lost,
 * application updated meanwhile) or it fails to render, a French message replaces it, never a
 * blank page.
 */
import { Component, type ReactNode } from 'react';
import { frAccueil } from '../messages/fr-accueil.ts';

interface Props {
  children: ReactNode;
}

export class EchecChargement extends Component<Props, { echec: boolean }> {
  override state = { echec: false };

  static getDerivedStateFromError(): { echec: boolean } {
    return { echec: true };
  }

  override componentDidCatch(erreur: unknown): void {
    console.error(erreur);
  }

  override render(): ReactNode {
    if (!this.state.echec) return this.props.children;
    return (
      <div className="erreur" role="alert">
        <p>{frAccueil.erreurChargement}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {frAccueil.recharger}
        </button>
      </div>
    );
  }
}
