/**
 * The bytes of a slice of output, written straight into a reused Buffer (UTF-8 encoded natively by
 * Buffer#write) instead of joining thousands of strings into a multi-MB one that is encoded again
 * when written. `prendre()` lends the slice's bytes out, as a view on their buffer (its own
 * ArrayBuffer, which can be transferred to another thread), and goes on in a spare buffer;
 * `rendre()` gives a lent buffer back once written. So the same few buffers serve a whole run.
 */
const TAILLE_INITIALE = 1 << 20;

export class Ecrivain {
  private readonly libres: Buffer[] = [];
  private tampon: Buffer;
  private fin = 0;

  constructor() {
    this.tampon = this.libre(TAILLE_INITIALE);
  }

  get longueur(): number {
    return this.fin;
  }

  private libre(taille: number): Buffer {
    const i = this.libres.findIndex((b) => b.length >= taille);
    return i >= 0 ? this.libres.splice(i, 1)[0]! : Buffer.allocUnsafeSlow(taille);
  }

  /** Room for at least `n` more bytes: a buffer twice as big or more, the bytes kept. */
  private reserver(n: number): void {
    if (this.fin + n <= this.tampon.length) return;
    let taille = this.tampon.length * 2;
    while (taille < this.fin + n) taille *= 2;
    const plus = this.libre(taille);
    this.tampon.copy(plus, 0, 0, this.fin);
    this.libres.push(this.tampon);
    this.tampon = plus;
  }

  texte(texte: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    this.reserver(texte.length * 3);
    this.fin += this.tampon.write(texte, this.fin, 'utf8');
  }

  /** Replaces the byte at `position` (already written) by an ASCII character's code. */
  remplacer(position: number, code: number): void {
    this.tampon[position] = code;
  }

  /** The bytes written since the last call, lent out with their buffer; the writer starts over. */
  prendre(): Uint8Array {
    const octets = this.tampon.subarray(0, this.fin);
    // The next slice is likely as big: a buffer of the same size spares its growth.
    this.tampon = this.libre(this.tampon.length);
    this.fin = 0;
    return octets;
  }

  /** A buffer lent by prendre() (here or in another thread), no longer in use. */
  rendre(tampon: ArrayBufferLike): void {
    if (this.libres.length < 12) this.libres.push(Buffer.from(tampon));
  }
}
