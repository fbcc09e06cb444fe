/** Strict: a binary frame that is not valid UTF-8 is malformed, not silently repaired. */
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a frame: strings as they are, binary frames (ArrayBuffer, Uint8Array, Node Buffer,
 * any view) decoded as UTF-8. `undefined` for anything else (a Blob, which Binance never sends);
 * throws a `TypeError` for bytes that are not UTF-8.
 */
export function decodeFrame(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    return decoder.decode(data);
  }
  return undefined;
}

/** The size of a frame before decoding: characters of a string, bytes of binary data. */
export function frameSize(data: unknown): number | undefined {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return undefined;
}

/** What a frame that cannot be decoded was, for an error message (never its contents). */
export function frameKind(data: unknown): string {
  if (data === null) return 'null';
  if (typeof data !== 'object') return typeof data;
  try {
    const name = (Object.getPrototypeOf(data) as { constructor?: { name?: unknown } } | null)
      ?.constructor?.name;
    return typeof name === 'string' ? name.slice(0, 40) : 'object';
  } catch {
    return 'object';
  }
}
