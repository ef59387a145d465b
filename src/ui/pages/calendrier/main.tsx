import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageCalendrier } from './PageCalendrier.tsx';
import '../../styles.css';
import './calendrier.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageCalendrier />
    </StrictMode>,
  );
}

horsLigneApresChargement();
