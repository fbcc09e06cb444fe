const decoder = new TextDecoder();

/**
 * The text of a frame: strings as they are, binary frames (ArrayBuffer, Uint8Array, Node Buffer)
 * decoded as UTF-8; `undefined` for anything else (a Blob, which market streams never send).
 */
export function decodeFrame(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    return decoder.decode(data);
  }
  return undefined;
}
