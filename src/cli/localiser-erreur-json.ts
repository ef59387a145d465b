/**
 * Finds where and why a JSON text is malformed. Node 20's JSON.parse does not always give a
 * position, so on failure this small checker walks the text again (never on the happy path).
 */
export interface ErreurSyntaxe {
  position: number;
  message: string;
}

class Arret {
  constructor(readonly erreur: ErreurSyntaxe) {}
}

function trouve(c: string | undefined): string {
  if (c === undefined) return 'fin du fichier inattendue';
  if (c === '\n' || c === '\r') return 'saut de ligne inattendu';
  return `caractère « ${c} » inattendu`;
}

export function localiserErreurJson(texte: string): ErreurSyntaxe | null {
  let pos = 0;
  const stop = (message: string, position = pos): never => {
    throw new Arret({ position, message });
  };
  const inattendu = (attendu: string): never =>
    stop(`${trouve(texte[pos])} (attendu : ${attendu})`);
  const blancs = () => {
    while (pos < texte.length && ' \t\n\r'.includes(texte[pos] as string)) pos++;
  };
  const chaine = () => {
    const debut = pos++;
    for (;;) {
      const c = texte[pos];
      if (c === undefined) stop('guillemet fermant manquant', debut);
      if (c === '"') return void pos++;
      if (c === '\n' || c === '\r')
        stop('saut de ligne dans une chaîne (guillemet fermant manquant ?)');
      if (c === '\\') {
        const e = texte[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(texte.slice(pos + 2, pos + 6)))
            stop('séquence \\u invalide');
          pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) stop(`échappement invalide \\${e ?? ''}`);
        pos += 2;
        continue;
      }
      pos++;
    }
  };
  const nombre = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(texte.slice(pos, pos + 400));
    if (!m || m[0] === '-') inattendu('une valeur');
    pos += (m as RegExpExecArray)[0].length;
  };
  const valeur = (): void => {
    blancs();
    const c = texte[pos];
    if (c === '{') return objet();
    if (c === '[') return liste();
    if (c === '"') return chaine();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return nombre();
    for (const mot of ['true', 'false', 'null']) {
      if (texte.startsWith(mot, pos)) return void (pos += mot.length);
    }
    if (c === "'") stop('les chaînes JSON s’écrivent entre guillemets doubles « " »');
    inattendu('une valeur');
  };
  const objet = () => {
    pos++;
    blancs();
    if (texte[pos] === '}') return void pos++;
    for (;;) {
      blancs();
      if (texte[pos] === '}') stop('virgule en trop avant « } »');
      if (texte[pos] !== '"') inattendu('un nom de champ entre guillemets doubles');
      chaine();
      blancs();
      if (texte[pos] !== ':') inattendu('« : »');
      pos++;
      valeur();
      blancs();
      if (texte[pos] === ',') pos++;
      else if (texte[pos] === '}') return void pos++;
      else inattendu('« , » ou « } »');
    }
  };
  const liste = () => {
    pos++;
    blancs();
    if (texte[pos] === ']') return void pos++;
    for (;;) {
      blancs();
      if (texte[pos] === ']') stop('virgule en trop avant « ] »');
      valeur();
      blancs();
      if (texte[pos] === ',') pos++;
      else if (texte[pos] === ']') return void pos++;
      else inattendu('« , » ou « ] »');
    }
  };
  try {
    valeur();
    blancs();
    if (pos < texte.length) stop(`${trouve(texte[pos])} après la fin du JSON`);
    return null;
  } catch (e) {
    if (e instanceof Arret) return e.erreur;
    throw e;
  }
}
