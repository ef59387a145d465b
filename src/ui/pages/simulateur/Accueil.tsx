/**
 * What the page renders inside its frame: the first step straight from the first load when the
 * address is a fresh start, else (a link, or once the first step is done) the full wizard, loaded
 * on demand — with « Calcul en cours… » while it loads and a French message if it cannot be.
 */
import { Suspense, useEffect, useState } from 'react';
import { EchecChargement } from '../../components/EchecChargement.tsx';
import { aujourdhui } from '../../horloge.ts';
import { frAccueil as fr } from '../../messages/fr-accueil.ts';
import { chargerSimulateur, composantSimulateur, prechargerResultats } from './differe.ts';
import { PremiereEtape } from './PremiereEtape.tsx';
import { departSimple } from './premiere-etape.ts';

/** The wizard, chosen once (a component that changes type would lose its state). */
function SimulateurCharge({ avancer }: { avancer: boolean }) {
  const [Simulateur] = useState(composantSimulateur);
  return <Simulateur avancer={avancer} />;
}

export function Accueil() {
  const [date] = useState(aujourdhui);
  const [depart] = useState(() => departSimple(window.location.search, date));
  const [enAssistant, setEnAssistant] = useState(depart === null);

  useEffect(() => {
    chargerSimulateur().catch((erreur: unknown) => console.error(erreur));
    if (new URLSearchParams(window.location.search).get('etape') === 'resultats')
      prechargerResultats();
  }, []);

  if (depart === null || enAssistant)
    return (
      <EchecChargement>
        <Suspense fallback={<p>{fr.chargement}</p>}>
          <SimulateurCharge avancer={depart !== null} />
        </Suspense>
      </EchecChargement>
    );
  return (
    <PremiereEtape
      structureInitiale={depart.structure}
      date={date}
      avancer={() => setEnAssistant(true)}
    />
  );
}
