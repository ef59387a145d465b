import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageSources } from './PageSources.tsx';
import '../../styles.css';
import './sources.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageSources />
    </StrictMode>,
  );
}

horsLigneApresChargement();
