/**
 * Keys whose values never reach a log: credentials and user-stream keys (Spot and USDⓈ-M listen
 * keys, the margin listen token as sent (`listenToken`) and as created (`token`)).
 */
export const REDACTED_KEYS: readonly string[] = [
  'apiKey',
  'signature',
  'listenKey',
  'listenToken',
  'token',
];

const keys = REDACTED_KEYS.join('|');
const jsonValue = new RegExp(`"(${keys})"(\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g');
/** A query-string value (`&signature=…`), or a USDⓈ-M listen key as a path segment. */
const queryValue = new RegExp(`([?&](?:${keys})=)[^&#\\s"]*|(/private/ws/)[^/?#\\s"]*`, 'g');

/**
 * Hides the values of `REDACTED_KEYS` in a frame or URL, in JSON
 * (`"apiKey":"…"`) and query-string (`&signature=…`) form, and a listen key in a
 * `/private/ws/<listenKey>` path. Pure; everything else is kept as is.
 */
export function redact(text: string): string {
  return text.replace(jsonValue, '"$1"$2"[REDACTED]"').replace(queryValue, '$1$2[REDACTED]');
}
