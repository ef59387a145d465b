/**
 * The simulator page (index.html): its first load is React, the page frame and the first step;
 * the wizard, the rules engine and the results are loaded on demand (Accueil.tsx).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { Accueil } from './Accueil.tsx';
import { Cadre } from './Cadre.tsx';
import '../../styles.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <Cadre>
        <Accueil />
      </Cadre>
    </StrictMode>,
  );
}

horsLigneApresChargement();
