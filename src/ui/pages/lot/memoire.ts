/**
 * The last batch kept on this device (localStorage, one key): the file's name, when it was read
 * and its bytes, so a reload or a return to the page offers it again. Nothing leaves the device;
 * « Effacer » removes it. Files above MEMOIRE_MAX_OCTETS are not kept (the storage holds about
 * 5 Mo and base64 adds a third). A full or refused storage is not an error: the batch is simply
 * not kept. The stored text is built where the bytes are (`valeurGardee`, in the worker): the page
 * only stores it; the bytes are decoded only when « Rouvrir » asks for them.
 */
export const CLE_LOT = 'simulateur-assistant-medical.lot';
export const MEMOIRE_MAX_OCTETS = 2_000_000;

export interface LotGarde {
  nom: string;
  /** ISO date and time of the reading. */
  date: string;
  octets: Uint8Array;
}

export type EnBref = Omit<LotGarde, 'octets'>;

function enBase64(octets: Uint8Array): string {
  let binaire = '';
  for (let i = 0; i < octets.length; i += 0x8000)
    binaire += String.fromCharCode(...octets.subarray(i, i + 0x8000));
  return btoa(binaire);
}

function depuisBase64(texte: string): Uint8Array {
  const binaire = atob(texte);
  const octets = new Uint8Array(binaire.length);
  for (let i = 0; i < binaire.length; i++) octets[i] = binaire.charCodeAt(i);
  return octets;
}

/** The text to store for this batch, or null when it is too large to be kept. */
export function valeurGardee(nom: string, octets: Uint8Array, date: Date): string | null {
  if (octets.byteLength > MEMOIRE_MAX_OCTETS) return null;
  return JSON.stringify({ nom, date: date.toISOString(), octets: enBase64(octets) });
}

/** Stores a text made by `valeurGardee`; returns whether it was kept. */
export function garderValeur(valeur: string | null): boolean {
  if (valeur === null) return false;
  try {
    localStorage.setItem(CLE_LOT, valeur);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the batch; returns whether it was kept. */
export function garderLot(nom: string, octets: Uint8Array, date: Date = new Date()): boolean {
  return garderValeur(valeurGardee(nom, octets, date));
}

/** The kept batch's fields, its bytes still in base64. */
function lu(): (EnBref & { octets: string }) | null {
  try {
    const texte = localStorage.getItem(CLE_LOT);
    if (!texte) return null;
    const l = JSON.parse(texte) as Partial<Record<keyof LotGarde, unknown>>;
    if (typeof l.nom !== 'string' || typeof l.date !== 'string' || typeof l.octets !== 'string')
      return null;
    return { nom: l.nom, date: l.date, octets: l.octets };
  } catch {
    return null;
  }
}

/** Name and date of the kept batch (what the page offers), without decoding its bytes. */
export function lotGardeEnBref(): EnBref | null {
  const l = lu();
  return l && { nom: l.nom, date: l.date };
}

export function lotGarde(): LotGarde | null {
  const l = lu();
  try {
    return l && { nom: l.nom, date: l.date, octets: depuisBase64(l.octets) };
  } catch {
    return null;
  }
}

export function oublierLot(): void {
  try {
    localStorage.removeItem(CLE_LOT);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
