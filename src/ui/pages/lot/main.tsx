import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageLot } from './PageLot.tsx';
import '../../styles.css';
import './lot.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageLot />
    </StrictMode>,
  );
}

horsLigneApresChargement();
