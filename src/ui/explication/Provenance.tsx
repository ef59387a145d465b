/** Where a parameter comes from: its sources' titles and confidence tags, in words. */
import { SOURCES } from '../../engine/catalogue.ts';
import { type Provenance as TypeProvenance } from '../../engine/simulation.ts';
import { dateLongue } from '../format.ts';
import { fr } from '../messages/fr-resultats.ts';

export function Provenance({ provenance }: { provenance: TypeProvenance }) {
  return (
    <span className="provenance">
      {provenance.confiance.map((c) => (
        <span key={c} className={`etiquette etiquette-${c}`}>
          {fr.confiance[c] ?? c}
        </span>
      ))}{' '}
      <span className="detail">
        {fr.explication.depuis(dateLongue(provenance.depuis))}
        {'\u202f; '}
        {fr.explication.sources}
        {'\u00a0: '}
        {provenance.sources.map((s) => SOURCES[s]?.titre ?? s).join('\u202f; ')}
        {provenance.note ? ` (${provenance.note})` : ''}
      </span>
    </span>
  );
}
