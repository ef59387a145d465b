/** Outcomes are data (RULES.md §3, §8.1): reasons with a stable code, and the verdict's precedence. */
import { messageRaison } from '../messages.ts';
import type { Eligibilite, NatureRaison, Raison, Statut } from '../types.ts';

export class Raisons {
  readonly liste: Raison[] = [];
  readonly manquants: string[] = [];

  ajouter(nature: NatureRaison, code: string, donnees: Raison['donnees'] = {}): void {
    const message = messageRaison(code, donnees);
    // The same sentence for two indicators is said once.
    if (this.liste.some((r) => r.code === code && r.message === message)) return;
    this.liste.push({ code, nature, message, donnees });
  }

  manque(champ: string, code: string, donnees: Raison['donnees'] = {}): void {
    if (!this.manquants.includes(champ)) this.manquants.push(champ);
    this.ajouter('incomplet', code, { champ, ...donnees });
  }

  a(nature: NatureRaison): boolean {
    return this.liste.some((r) => r.nature === nature);
  }

  /** Precedence: ineligible > incomplet > a-confirmer > eligible. */
  statut(): Statut {
    if (this.a('ineligible')) return 'ineligible';
    if (this.a('incomplet')) return 'incomplet';
    if (this.a('a-confirmer')) return 'a-confirmer';
    return 'eligible';
  }

  eligibilite(): Eligibilite {
    return { statut: this.statut(), raisons: this.liste, manquants: this.manquants };
  }
}
