import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageCout } from './PageCout.tsx';
import '../../styles.css';
import './cout.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageCout />
    </StrictMode>,
  );
}

horsLigneApresChargement();
