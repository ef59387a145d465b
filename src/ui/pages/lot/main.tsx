import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
