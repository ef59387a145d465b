/** The wizard's state: the answers (mirrored in the URL), the current step and two input modes. */
import { pourStructure, type Reponses, type Structure } from './champs.ts';

export type ModeAtteinte = 'taux' | 'realise';

export interface Etat {
  reponses: Reponses;
  etape: string;
  modeAtteinte: ModeAtteinte;
  /** Once the results were shown, every step offers a way back to them. */
  resultatsVus: boolean;
}

export type Action =
  | { type: 'repondre'; cle: string; valeur: string }
  | { type: 'repondreplusieurs'; valeurs: Readonly<Record<string, string>> }
  | { type: 'structure'; valeur: Structure }
  | { type: 'aller'; etape: string }
  | { type: 'modeAtteinte'; mode: ModeAtteinte }
  | { type: 'restaurer'; etat: Etat };

function sans(reponses: Reponses, cles: readonly string[]): Record<string, string> {
  const reste: Record<string, string> = { ...reponses };
  for (const cle of cles) delete reste[cle];
  return reste;
}

function avec(
  reponses: Reponses,
  valeurs: Readonly<Record<string, string>>,
): Record<string, string> {
  const suivantes: Record<string, string> = { ...reponses };
  for (const [cle, valeur] of Object.entries(valeurs)) {
    if (valeur === '') delete suivantes[cle];
    else suivantes[cle] = valeur;
  }
  return suivantes;
}

export function etatInitial(reponses: Reponses, etape: string): Etat {
  return {
    reponses,
    etape,
    resultatsVus: etape === 'resultats',
    modeAtteinte:
      reponses['realise.mt'] !== undefined || reponses['realise.fileActive'] !== undefined
        ? 'realise'
        : 'taux',
  };
}

export function reducer(etat: Etat, action: Action): Etat {
  switch (action.type) {
    case 'repondre':
      return { ...etat, reponses: avec(etat.reponses, { [action.cle]: action.valeur }) };
    case 'repondreplusieurs':
      return { ...etat, reponses: avec(etat.reponses, action.valeurs) };
    case 'structure':
      return {
        ...etat,
        reponses: { ...pourStructure(etat.reponses, action.valeur), structure: action.valeur },
      };
    case 'aller':
      return {
        ...etat,
        etape: action.etape,
        resultatsVus: etat.resultatsVus || action.etape === 'resultats',
      };
    case 'modeAtteinte': {
      const oublier = action.mode === 'taux' ? ['realise.mt', 'realise.fileActive'] : ['atteinte'];
      return { ...etat, modeAtteinte: action.mode, reponses: sans(etat.reponses, oublier) };
    }
    case 'restaurer':
      return action.etat;
  }
}
