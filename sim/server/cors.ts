/**
 * CORS for REST and the control endpoint, so a page in a browser can use the local exchange from
 * any origin: every answer allows any origin and exposes the usage headers; a preflight
 * (`OPTIONS`) is answered at once with 204, allowing the method and headers it asks for.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXPOSED = [
  'X-MBX-USED-WEIGHT-1M',
  'X-MBX-ORDER-COUNT-10S',
  'X-MBX-ORDER-COUNT-1D',
  'Retry-After',
].join(', ');

const METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

/** Sets the CORS headers on `res`; answers a preflight and returns `true` when it was one. */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED);
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) {
    return false;
  }
  const asked = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    'Access-Control-Allow-Methods': METHODS,
    'Access-Control-Allow-Headers': asked ?? 'content-type, x-mbx-apikey',
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
  return true;
}
