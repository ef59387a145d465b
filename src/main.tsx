import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { horsLigneApresChargement } from './hors-ligne/apres-chargement.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

const racine = document.getElementById('app');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

horsLigneApresChargement();
