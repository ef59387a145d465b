/** Where a parameter comes from: its sources' titles and confidence tags, in words. */
import { SOURCES, type Provenance as TypeProvenance } from '../../engine/annexes.ts';
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
        {fr.explication.depuis(dateLongue(provenance.depuis))} ; {fr.explication.sources} :{' '}
        {provenance.sources.map((s) => SOURCES[s]?.titre ?? s).join(' ; ')}
        {provenance.note ? ` (${provenance.note})` : ''}
      </span>
    </span>
  );
}
