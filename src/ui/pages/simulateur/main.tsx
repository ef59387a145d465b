import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageSimulateur } from './PageSimulateur.tsx';
import '../../styles.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageSimulateur />
    </StrictMode>,
  );
}

horsLigneApresChargement();
