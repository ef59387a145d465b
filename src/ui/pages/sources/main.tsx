import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
