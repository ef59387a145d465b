import { fr } from '../messages/fr.ts';

/** "Étape 3 sur 7" with a native progress bar labelled by that text. */
export function Progression({ numero, total }: { numero: number; total: number }) {
  return (
    <div className="progression">
      <p id="progression-texte">{fr.progression(numero, total)}</p>
      <progress value={numero} max={total} aria-labelledby="progression-texte" />
    </div>
  );
}
