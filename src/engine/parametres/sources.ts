/** The documents every value cites (RULES.md section 9). */
import type { SourceId } from './types.ts';

export interface Source {
  titre: string;
  date: string;
  url?: string;
}

export const SOURCES: Record<SourceId, Source> = {
  'seed-000': {
    titre:
      'Assurance Maladie Occitanie, « Des assistants médicaux pour retrouver du temps médical » (avenant 7)',
    date: '2022-06',
  },
  'seed-001': {
    titre: 'Syndicat national des médecins vasculaires, lettre d’information',
    date: '2022-12',
  },
  'seed-002': {
    titre: 'Assurance Maladie, diaporama convention médicale 2023 (règlement arbitral)',
    date: '2023',
  },
  'seed-003': {
    titre: 'FNCS, « Assistants médicaux dans les centres de santé » (accord national, avenant 3)',
    date: '2020-12-04',
  },
  'seed-004': { titre: 'SEXTANT 76 / CPTS Grand Havre, soirée assistants médicaux', date: '2023' },
  'ameli-2024-06': {
    titre: 'ameli.fr, « Aide à l’emploi d’un assistant médical : ce qui change dès juin 2024 »',
    date: '2024-06-27',
    url: 'https://www.ameli.fr/medecin/actualites',
  },
  'ameli-2024-11': {
    titre: 'ameli.fr, convention 2024-2029, « Revalorisation et assouplissement du dispositif »',
    date: '2024-11-28',
    url: 'https://www.ameli.fr/medecin/actualites',
  },
  'ameli-2023-05': {
    titre: 'ameli.fr, « Règlement arbitral : les mesures en vigueur dès le mois de mai 2023 »',
    date: '2023-05',
    url: 'https://www.ameli.fr/medecin/actualites',
  },
  'ameli-modalites': {
    titre: 'ameli.fr, aide à l’emploi d’un assistant médical : modalités et simulateur',
    date: '2025',
    url: 'https://www.ameli.fr/medecin/exercice-liberal/aide-emploi-assistant-medical',
  },
  'jhp-2023': {
    titre:
      'jhp.fr (7 août 2023) et portails régionaux paps.sante.fr : plancher P30 des généralistes',
    date: '2023-08-07',
  },
  'arrete-2019': {
    titre: 'Arrêté du 14 août 2019 (avenant 7), extrait ; CSMF, egora, bulletin de l’Ordre n° 74',
    date: '2019-08-14',
  },
  djibe: {
    titre:
      'Fiche « Assistant médical » d’un site collaboratif de recommandations médicales, non officiel (seuils P90 et P95, calendrier des versements)',
    date: '2025',
  },
  'assistants-medicaux-org': {
    titre: 'assistants-medicaux.org (URPS) : assouplissements 2024',
    date: '2025',
  },
  'fncs-presse': { titre: 'FNCS, presse 2020 et 2025 (plafonds 4 puis 8 ETP)', date: '2025' },
  'ccn-avenant-76': {
    titre:
      'Convention collective nationale du personnel des cabinets médicaux (IDCC 1147), avenant n° 76 du 27 juin 2019 relatif à la classification et aux salaires',
    date: '2019-06-27',
    url: 'https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000039399860',
  },
  'ccn-avenant-90': {
    titre:
      'assistants-medicaux.org (URPS), « Quel est le salaire de base ? » : avenant n° 90, salaires au 1er janvier 2024 (mise à jour du 12 juillet 2024)',
    date: '2024-07-12',
    url: 'https://assistants-medicaux.org',
  },
  'fmf-2019': {
    titre:
      'FMF, « Nouvelle grille des salaires des personnels de cabinets médicaux (avenant 76) » : niveaux 5 à 9, coût chargé annuel',
    date: '2019-07',
    url: 'https://fmfpro.org/nouvelle-grille-des-salaires-des-personnels-de-cabinets-medicaux-avenant',
  },
  'decrets-smic': {
    titre:
      'Décrets annuels de relèvement du SMIC (dont n° 2023-1216, n° 2024-951 et n° 2025-1228) ; tableau Bpifrance Création 2020–2023',
    date: '2025-12-17',
    url: 'https://www.legifrance.gouv.fr',
  },
  'modele-social-smic-2026-06': {
    titre:
      'Modèle social de l’Urssaf (paquet modele-social 11.1.0, règles de mon-entreprise.urssaf.fr), « SMIC . horaire » : 12,31 €/h à partir de juin 2026 ; le décret de relèvement n’y est pas cité et n’a pas été lu',
    date: '2026',
    url: 'https://mon-entreprise.urssaf.fr',
  },
  'ameli-92-collectif-2026': {
    titre:
      'CPAM des Hauts-de-Seine (ameli.fr), « Aide collective à l’emploi d’assistants médicaux pour un groupe de médecins », lue par un relais privé (assistants-medicaux.com) : non officiel tant que la page elle-même n’est pas lue',
    date: '2026',
  },
  'rules-md': {
    titre: 'Choix du simulateur, faute de texte officiel (expliqué dans ses règles de calcul)',
    date: '2026',
  },
};
