/** Every dated parameter the engine reads, for the sources page and the temporal-coverage tests. */
import { calendrierCentres, calendrierLiberal } from './calendrier.ts';
import * as centres from './centres.ts';
import * as collectif from './collectif.ts';
import * as coutAssistant from './cout-assistant.ts';
import { annee3SousSeuilLiberal, degressiviteLiberale } from './degressivite.ts';
import { montantsLiberaux } from './montants-liberaux.ts';
import { grilleObjectifsAvenant7 } from './objectifs-avenant7.ts';
import { optionsOuvertes } from './options.ts';
import { plafondsAssistantsCentres } from './plafonds-centres.ts';
import { regimesCentres, regimesCollectifs, regimesLiberaux } from './regimes.ts';
import * as seuils from './seuils-generalistes.ts';
import * as specialites from './specialites.ts';
import type { Parametre } from './types.ts';

const parametresDe = (module: Record<string, unknown>): Parametre<unknown>[] =>
  Object.values(module).flatMap((v) =>
    typeof v === 'object' && v !== null && 'id' in v && 'valeurs' in v
      ? [v as Parametre<unknown>]
      : [],
  );

export const PARAMETRES: readonly Parametre<unknown>[] = [
  regimesLiberaux,
  regimesCentres,
  regimesCollectifs,
  optionsOuvertes,
  ...parametresDe(montantsLiberaux),
  degressiviteLiberale,
  annee3SousSeuilLiberal,
  grilleObjectifsAvenant7,
  ...parametresDe(seuils),
  ...parametresDe(specialites),
  ...parametresDe(centres),
  plafondsAssistantsCentres,
  ...parametresDe(collectif),
  calendrierLiberal as Parametre<unknown>,
  calendrierCentres as Parametre<unknown>,
  ...parametresDe(coutAssistant),
];
