/**
 * The text a WebSocket API signature covers (`web-socket-api.md`, "SIGNED request example"):
 * every parameter except `signature`, sorted by name, as `name=value` pairs joined with `&`, not
 * URL-encoded. Values are written as sent: strings as they are, numbers without exponent
 * (`0.0000001`, never `1e-7`), booleans as `true` / `false`, lists and objects as JSON.
 */
import type { RawParams } from '../api/params';

const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : plain.format(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function signaturePayload(params: RawParams): string {
  return Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${text(params[name])}`)
    .join('&');
}
