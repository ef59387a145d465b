/**
 * Registers the service worker (production builds only) and offers the update when a new version
 * is waiting: a small status banner with a button, in plain DOM so that every page can use it.
 */
const TEXTE = 'Une nouvelle version du simulateur est disponible.';
const BOUTON = 'Mettre à jour';

export function proposerMiseAJour(
  enAttente: ServiceWorker,
  document_: Document = document,
): HTMLElement {
  const existant = document_.getElementById('mise-a-jour');
  if (existant) return existant;
  const bandeau = document_.createElement('div');
  bandeau.id = 'mise-a-jour';
  bandeau.className = 'mise-a-jour no-print';
  bandeau.setAttribute('role', 'status');
  const texte = document_.createElement('p');
  texte.textContent = TEXTE;
  const bouton = document_.createElement('button');
  bouton.type = 'button';
  bouton.textContent = BOUTON;
  bouton.addEventListener('click', () => enAttente.postMessage('activer'));
  bandeau.append(texte, bouton);
  document_.body.prepend(bandeau);
  return bandeau;
}

/** Offers the update once `nouveau` is installed (now or later). */
function quandInstalle(nouveau: ServiceWorker | null, controle: boolean): void {
  if (!nouveau || !controle) return;
  if (nouveau.state === 'installed') {
    proposerMiseAJour(nouveau);
    return;
  }
  nouveau.addEventListener('statechange', () => {
    if (nouveau.state === 'installed') proposerMiseAJour(nouveau);
  });
}

/**
 * Watches a registration: a worker waiting (or becoming installed) behind an active one. The
 * browser may have started installing before this runs (it checks for updates on navigation, and
 * this runs after `load`): a worker already installing is watched too.
 */
export function surveiller(registration: ServiceWorkerRegistration, controle: boolean): void {
  if (registration.waiting && controle) proposerMiseAJour(registration.waiting);
  else quandInstalle(registration.installing, controle);
  registration.addEventListener('updatefound', () =>
    quandInstalle(registration.installing, controle),
  );
}

/** Called once the page has loaded (apres-chargement.ts imports this module lazily, after `load`). */
export function enregistrerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // Reload only when an update replaces the worker that controlled the page, never on first install.
  const controle = navigator.serviceWorker.controller !== null;
  let rechargement = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controle || rechargement) return;
    rechargement = true;
    window.location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => surveiller(registration, controle))
    .catch(() => undefined);
}
