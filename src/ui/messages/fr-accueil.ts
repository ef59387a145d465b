/**
 * The wording of the simulator's first load: the page frame (header, disclaimer, links), the first
 * step (« Votre structure ») and the messages shown while the rest of the wizard loads. The rest of
 * the wizard's wording (fr.ts, which reuses these sentences) comes with the wizard, on demand.
 */
export const frAccueil = {
  /** The project's own name: an independent simulator, never the Assurance Maladie's brand. */
  marque: 'Simulateur de l’aide à l’emploi d’un assistant médical',
  titre: 'Simulateur de l’aide à l’emploi d’un assistant médical',
  /** Said on every page, on screen and on paper. */
  independant: 'Outil indépendant, non officiel',
  avertissement:
    'Simulation indicative\u00a0: seul le contrat signé avec votre CPAM fait foi. Ce simulateur indépendant n’est pas un service de l’Assurance Maladie.',
  pied: {
    nav: 'Autres outils',
    liens: [
      ['./lot.html', 'Dépistage par lot (CSV ou Excel)'],
      ['./dossiers.html', 'Mes simulations enregistrées'],
      ['./sources.html', 'Règles et sources'],
    ] as const,
  },
  sousTitre:
    'Estimez l’aide de l’Assurance Maladie pour employer un assistant médical, année par année.',
  progression: (n: number, total: number) => `Étape ${n} sur ${total}`,
  /** document.title, per step: what a screen reader announces first, and the tab's name. */
  titreDocument: {
    etape: (n: number, total: number, etape: string) =>
      `Étape ${n} sur ${total}\u00a0: ${etape} — Simulateur de l’aide à l’emploi d’un assistant médical`,
    resultats: 'Résultat de la simulation — Simulateur de l’aide à l’emploi d’un assistant médical',
  },
  chargement: 'Calcul en cours…',
  suivant: 'Suivant',
  etapeStructure: 'Votre structure',
  structure: {
    label: 'Vous êtes',
    choix: { liberal: 'Médecin libéral', centre: 'Centre de santé' },
  },
  /** The third structure (issue 11), worded with the collective contract's other sentences. */
  collectif: {
    structure: 'Groupe de médecins généralistes (contrat collectif)',
    descriptionStructure:
      'Une SCP, une SCM ou une SISA signe un seul contrat pour le groupe, depuis le 25 février 2026 (chiffres non officiels).',
  },
  obligatoire: (libelle: string) => `${libelle}\u00a0: réponse obligatoire pour continuer.`,
  erreurChargement:
    'Cette partie du simulateur n’a pas pu être chargée (connexion interrompue\u202f?). Vos réponses sont conservées dans l’adresse de la page\u00a0: rechargez-la pour continuer.',
  recharger: 'Recharger la page',
};
