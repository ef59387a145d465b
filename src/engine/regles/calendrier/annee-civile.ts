/** Sums of the instalments per calendar year (in cents, so the sums are exact). */
import type { TotalAnneeCivile, Versement } from './types.ts';

export function versementsParAnneeCivile(versements: readonly Versement[]): TotalAnneeCivile[] {
  const parAnnee = new Map<number, { nombre: number; centimes: number }>();
  for (const v of versements) {
    const annee = Number(v.date.slice(0, 4));
    const t = parAnnee.get(annee) ?? { nombre: 0, centimes: 0 };
    t.nombre += 1;
    t.centimes += Math.round(v.montant * 100);
    parAnnee.set(annee, t);
  }
  return [...parAnnee.entries()]
    .sort(([a], [b]) => a - b)
    .map(([annee, t]) => ({ annee, nombre: t.nombre, montant: t.centimes / 100 }));
}
