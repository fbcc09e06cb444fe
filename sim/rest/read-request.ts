/**
 * Reads a REST request the way Binance does: parameters from the query string and from an
 * `application/x-www-form-urlencoded` body, both counting; the signature covers the query string
 * followed by the body (`rest-api.md`, "SIGNED endpoint security"), exactly as sent.
 */
import type { IncomingMessage } from 'node:http';
import { errors } from '../api/errors';
import type { RawParams } from '../api/params';

export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly params: RawParams;
  /** Query string and body as sent, without `signature`, for the signature check. */
  readonly signedText: string;
  readonly signature: string | undefined;
  readonly apiKey: string | undefined;
  /** The client, for IP rate limits. */
  readonly client: string;
}

const MAX_BODY = 1 << 20;

export async function readRestRequest(req: IncomingMessage): Promise<RestRequest> {
  const url = new URL(req.url ?? '/', 'http://local');
  const query = url.search.slice(1);
  const body =
    req.method === 'GET' || req.method === 'DELETE'
      ? await readBody(req).catch(() => '')
      : await readBody(req);
  const type = String(req.headers['content-type'] ?? '');
  if (body !== '' && !type.includes('application/x-www-form-urlencoded')) {
    throw errors.invalidParam('Content-Type');
  }
  const params: Record<string, string> = {};
  let signature: string | undefined;
  const kept: string[] = [];
  for (const text of [query, body]) {
    const pairs = text === '' ? [] : text.split('&');
    const mine: string[] = [];
    for (const pair of pairs) {
      const [rawKey = '', rawValue = ''] = pair.split(/=(.*)/s);
      const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
      if (key === 'signature') {
        signature = value;
        continue;
      }
      if (key in params) throw errors.duplicateParam();
      params[key] = value;
      mine.push(pair);
    }
    if (mine.length > 0) kept.push(mine.join('&'));
  }
  const apiKey = req.headers['x-mbx-apikey'];
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    params,
    signedText: kept.join(''),
    signature,
    apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey,
    client: req.socket.remoteAddress ?? 'unknown',
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(errors.invalidParam('body'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
