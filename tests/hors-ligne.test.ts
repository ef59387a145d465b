// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { sourceServiceWorker } from '../src/hors-ligne/service-worker.ts';
import { proposerMiseAJour, surveiller } from '../src/hors-ligne/enregistrer.ts';

function faux(etat = 'installed') {
  const ecouteurs: Record<string, () => void> = {};
  return {
    state: etat,
    postMessage: vi.fn(),
    addEventListener: (nom: string, f: () => void) => (ecouteurs[nom] = f),
    declencher: (nom: string) => ecouteurs[nom]?.(),
  };
}

describe('hors ligne', () => {
  it('le service worker précharge chaque fichier construit sous un cache versionné', () => {
    const source = sourceServiceWorker(['./index.html', './assets/index-abc.js'], 'v1');
    expect(source).toContain('"simulateur-v1"');
    expect(source).toContain('["./","./index.html","./assets/index-abc.js"]');
    expect(source).toContain('ignoreSearch: true, ignoreVary: true');
    expect(() => new Function(source)).not.toThrow();
  });

  it('une nouvelle version en attente est proposée ; le bouton lui demande de prendre la main', () => {
    document.body.innerHTML = '<main></main>';
    const enAttente = faux();
    const bandeau = proposerMiseAJour(enAttente as unknown as ServiceWorker);
    expect(bandeau.getAttribute('role')).toBe('status');
    expect(bandeau.textContent).toContain('nouvelle version');
    bandeau.querySelector('button')!.click();
    expect(enAttente.postMessage).toHaveBeenCalledWith('activer');
    expect(proposerMiseAJour(enAttente as unknown as ServiceWorker)).toBe(bandeau);
  });

  it('la première installation (page pas encore contrôlée) ne propose rien', () => {
    document.body.innerHTML = '';
    const installe = faux();
    const registration = { waiting: null, installing: installe, ...faux() };
    surveiller(registration as unknown as ServiceWorkerRegistration, false);
    registration.declencher('updatefound');
    installe.declencher('statechange');
    expect(document.getElementById('mise-a-jour')).toBeNull();
    surveiller(registration as unknown as ServiceWorkerRegistration, true);
    registration.declencher('updatefound');
    installe.declencher('statechange');
    expect(document.getElementById('mise-a-jour')).not.toBeNull();
  });

  it('un worker déjà en cours d’installation quand la page commence à surveiller est proposé une fois installé', () => {
    document.body.innerHTML = '';
    const installe = faux('installing');
    const registration = { waiting: null, installing: installe, ...faux() };
    surveiller(registration as unknown as ServiceWorkerRegistration, true);
    expect(document.getElementById('mise-a-jour')).toBeNull();
    installe.state = 'installed';
    installe.declencher('statechange');
    expect(document.getElementById('mise-a-jour')).not.toBeNull();
  });

  it('un worker déjà installé (sans être encore « waiting ») est proposé tout de suite', () => {
    document.body.innerHTML = '';
    const registration = { waiting: null, installing: faux('installed'), ...faux() };
    surveiller(registration as unknown as ServiceWorkerRegistration, true);
    expect(document.getElementById('mise-a-jour')).not.toBeNull();
  });
});
