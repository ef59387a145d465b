import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

// Offline support, not needed for the first view: loaded after the page (production builds only).
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./hors-ligne/enregistrer.ts').then((m) => m.enregistrerServiceWorker());
  });
}
