/**
 * A parameter rule's `pattern` as a RegExp, compiled once per pattern. Streams and requests check
 * parameters through it alike, with the `u` flag JSON Schema patterns have.
 */
const patterns = new Map<string, RegExp>();

export function paramPattern(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}
