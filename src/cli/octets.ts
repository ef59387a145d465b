/**
 * A zero byte in `o` (UTF-16 text, binary file): Buffer#indexOf runs memchr, ten times faster
 * than TypedArray#includes on a 9 MB file (0.4 ms against 4 to 6 ms).
 */
export const contientZero = (o: Uint8Array): boolean =>
  Buffer.from(o.buffer, o.byteOffset, o.length).indexOf(0) >= 0;
