/** Offers a text file for download, built in the browser (Blob + a[download]); nothing leaves the page. */
export function telecharger(contenu: string, nom: string, type: string): void {
  const blob = new Blob([contenu], { type });
  const url =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(blob)
      : `data:${type},${encodeURIComponent(contenu)}`;
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = nom;
  lien.hidden = true;
  document.body.append(lien);
  lien.click();
  lien.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
