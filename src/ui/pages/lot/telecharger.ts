/**
 * Saving a file on the main thread: the bytes come built (the results' exports from the worker,
 * export-csv.ts); the page only wraps them in a Blob and clicks a temporary a[download].
 */
import { TYPE_XLSX, type FichierExport } from './export-csv.ts';

export function telecharger({ octets, nom, type }: FichierExport): void {
  const url = URL.createObjectURL(new Blob([octets as BlobPart], { type }));
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
  telecharger({ octets: await classeurModele(), nom: 'modele-lot.xlsx', type: TYPE_XLSX });
}
