import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from '../../../hors-ligne/apres-chargement.ts';
import { PageDossiers } from './PageDossiers.tsx';
import '../../styles.css';
import './dossiers.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <PageDossiers />
    </StrictMode>,
  );
}

horsLigneApresChargement();
