/**
 * Offline support for every page of the site (simulator and annex pages), not needed for the first
 * view: the registration code is loaded after the page (production builds only).
 */
export function horsLigneApresChargement(): void {
  if (!import.meta.env.PROD) return;
  window.addEventListener('load', () => {
    void import('./enregistrer.ts').then((m) => m.enregistrerServiceWorker());
  });
}
