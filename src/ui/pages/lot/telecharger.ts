/**
 * Saving a file on the main thread: the results' exports come as Blobs built in the worker
 * (export-csv.ts); the page only makes an object URL and clicks a temporary a[download].
 */
import { TYPE_XLSX, type FichierExport } from './export-csv.ts';

export function telecharger({ contenu, nom }: FichierExport): void {
  const url = URL.createObjectURL(contenu);
  const a = document.createElement('a');
  a.href = url;
  a.download = nom;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The Excel template (explanation and sample sheets), built on click. */
export async function telechargerModele(): Promise<void> {
  const { classeurModele } = await import('../../../fichiers/modele.ts');
  const contenu = new Blob([(await classeurModele()) as BlobPart], { type: TYPE_XLSX });
  telecharger({ contenu, nom: 'modele-lot.xlsx' });
}
