/**
 * The last batch kept on this device (localStorage, one key): the file's name, when it was read
 * and its bytes, so a reload or a return to the page offers it again. Nothing leaves the device;
 * « Effacer » removes it. Files above MEMOIRE_MAX_OCTETS are not kept (the storage holds about
 * 5 Mo and base64 adds a third). A full or refused storage is not an error: the batch is simply
 * not kept.
 */
export const CLE_LOT = 'simulateur-assistant-medical.lot';
export const MEMOIRE_MAX_OCTETS = 2_000_000;

export interface LotGarde {
  nom: string;
  /** ISO date and time of the reading. */
  date: string;
  octets: Uint8Array;
}

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

/** Keeps the batch; returns whether it was kept. */
export function garderLot(nom: string, octets: Uint8Array, date: Date = new Date()): boolean {
  if (octets.byteLength > MEMOIRE_MAX_OCTETS) return false;
  try {
    const valeur = JSON.stringify({ nom, date: date.toISOString(), octets: enBase64(octets) });
    localStorage.setItem(CLE_LOT, valeur);
    return true;
  } catch {
    return false;
  }
}

export function lotGarde(): LotGarde | null {
  try {
    const texte = localStorage.getItem(CLE_LOT);
    if (!texte) return null;
    const lu = JSON.parse(texte) as Partial<Record<keyof LotGarde, unknown>>;
    if (typeof lu.nom !== 'string' || typeof lu.date !== 'string' || typeof lu.octets !== 'string')
      return null;
    return { nom: lu.nom, date: lu.date, octets: depuisBase64(lu.octets) };
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
